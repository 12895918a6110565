using System.Text.Json.Nodes;
using Docket.Core.Clocks;
using Docket.Core.Utility;

namespace Docket.Core.Ledger.Entries;

/// <summary>
/// Builds the payload of the entry by which a user adds a contractual clock (a cure period, a notice period, the
/// vendor's incident notice to the client), checked against the case: parties known, trigger and unit known values,
/// a period where the unit needs one. Errors use the FCT codes, and nothing is built when there is one.
/// </summary>
public static class ClockFacts
{
    /// <summary>The payload of a <see cref="EntryKind.FactAdded"/> entry adding the clock.</summary>
    public static FactPayload Add(string caseState, ClockChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var state = ObligationFacts.Parse(caseState);
        var errors = new List<string>();
        var obligor = ObligationFacts.ResolveParty(state, change.Obligor);
        if (obligor is null)
        {
            errors.Add($"{FactDiagnosticCodes.UnknownParty}: '{change.Obligor}' is not a party of the case ({Known(state)}).");
        }

        var recipient = ObligationFacts.ResolveParty(state, change.Recipient) ?? change.Recipient.Trim();
        if (!KebabCase.TryParse<ClockTrigger>(change.Trigger.Trim(), out var trigger) || trigger == ClockTrigger.Notice)
        {
            errors.Add($"{FactDiagnosticCodes.UnknownValue}: '{change.Trigger}' is not a trigger (occurrence, discovery, awareness, determination, materiality-determination, classification, ransom-payment).");
        }

        if (!KebabCase.TryParse<PeriodUnit>(change.Unit.Trim(), out var unit))
        {
            errors.Add($"{FactDiagnosticCodes.UnknownValue}: '{change.Unit}' is not a unit ({string.Join(", ", Enum.GetValues<PeriodUnit>().Select(u => KebabCase.Name(u)))}).");
        }
        else if (unit is PeriodUnit.Hours or PeriodUnit.CalendarDays or PeriodUnit.BusinessDays or PeriodUnit.Months && change.Period is not > 0)
        {
            errors.Add($"{FactDiagnosticCodes.UnknownValue}: a period in {KebabCase.Name(unit)} needs a positive --period.");
        }

        if (string.IsNullOrWhiteSpace(change.Citation))
        {
            errors.Add($"{FactDiagnosticCodes.MissingText}: a clock needs the clause it comes from (--citation).");
        }

        if (errors.Count > 0)
        {
            return new FactPayload(null, [.. errors]);
        }

        var value = new JsonObject
        {
            ["citation"] = change.Citation.Trim(),
            ["obligor"] = obligor,
            ["recipient"] = recipient,
            ["trigger"] = KebabCase.Name(trigger),
            ["period"] = change.Period,
            ["unit"] = KebabCase.Name(unit),
            ["text"] = change.Text?.Trim() ?? string.Empty,
        };
        return new FactPayload(new JsonObject { ["collection"] = "clocks", ["value"] = value }.ToJsonString(), []);
    }

    private static string Known(JsonObject state) =>
        string.Join(", ", ObligationFacts.Parties(state).Select(p => $"{ObligationFacts.Str(p["id"])} {ObligationFacts.Str(p["name"])}"));
}

/// <summary>A contractual clock as a user states it.</summary>
/// <param name="Citation">The clause ("MSA 14.2").</param>
/// <param name="Obligor">The party that must act: id, name or alias.</param>
/// <param name="Recipient">Who it must notify: a party or a description.</param>
/// <param name="Trigger">What starts it (discovery, awareness …).</param>
/// <param name="Period">How many units.</param>
/// <param name="Unit">hours, calendar-days, business-days, months, immediately, without-undue-delay …</param>
/// <param name="Text">The clause's words.</param>
public sealed record ClockChange(string Citation, string Obligor, string Recipient, string Trigger, int? Period, string Unit, string? Text);
