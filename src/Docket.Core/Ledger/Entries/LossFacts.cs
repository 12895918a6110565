using System.Text.Json.Nodes;
using Docket.Core.Exposure;
using Docket.Core.Utility;

namespace Docket.Core.Ledger.Entries;

/// <summary>Builds the payload of the entry by which a user adds a head of loss, checked: a known kind, amounts in order (low ≤ likely ≤ high), a known claimant.</summary>
public static class LossFacts
{
    /// <summary>The payload of a <see cref="EntryKind.FactAdded"/> entry adding the head.</summary>
    public static FactPayload Add(string caseState, LossChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var state = ObligationFacts.Parse(caseState);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(change.Name))
        {
            errors.Add($"{FactDiagnosticCodes.MissingText}: a head of loss needs a name (--name).");
        }

        if (!KebabCase.TryParse<LossKind>(change.Kind.Trim(), out var kind))
        {
            errors.Add($"{FactDiagnosticCodes.UnknownValue}: '{change.Kind}' is not a kind of loss ({string.Join(", ", Enum.GetValues<LossKind>().Select(k => KebabCase.Name(k)))}).");
        }

        var low = change.Low ?? change.Amount;
        var high = change.High ?? change.Amount;
        if (change.Amount < 0 || low < 0 || !(low <= change.Amount && change.Amount <= high))
        {
            errors.Add($"{FactDiagnosticCodes.UnknownValue}: the amounts must be non-negative and low ≤ amount ≤ high.");
        }

        string? claimant = null;
        if (change.Claimant is { } who && (claimant = ObligationFacts.ResolveParty(state, who)) is null)
        {
            errors.Add($"{FactDiagnosticCodes.UnknownParty}: '{who}' is not a party of the case.");
        }

        if (errors.Count > 0)
        {
            return new FactPayload(null, [.. errors]);
        }

        var value = new JsonObject
        {
            ["name"] = change.Name.Trim(),
            ["kind"] = KebabCase.Name(kind),
            ["low"] = low,
            ["likely"] = change.Amount,
            ["high"] = high,
            ["claimant"] = claimant,
            ["dataBreach"] = change.DataBreach,
            ["avoidable"] = change.Avoidable,
            ["source"] = change.Source?.Trim() ?? string.Empty,
        };
        return new FactPayload(new JsonObject { ["collection"] = "losses", ["value"] = value }.ToJsonString(), []);
    }
}

/// <summary>A head of loss as a user states it.</summary>
/// <param name="Name">What it is.</param>
/// <param name="Kind">Its kind ("credit-monitoring").</param>
/// <param name="Amount">The most likely amount.</param>
/// <param name="Low">The least it can be (default: the amount).</param>
/// <param name="High">The most it can be (default: the amount).</param>
/// <param name="Claimant">Who suffered it.</param>
/// <param name="DataBreach">Whether it comes from a data-security breach.</param>
/// <param name="Avoidable">Part of it that could have been avoided, as alleged.</param>
/// <param name="Source">The evidence it rests on.</param>
public sealed record LossChange(string Name, string Kind, decimal Amount, decimal? Low, decimal? High, string? Claimant, bool DataBreach, decimal Avoidable, string? Source);
