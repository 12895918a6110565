using System.Text.Json.Nodes;
using Docket.Core.Exposure;

namespace Docket.Core.Ledger.Entries;

/// <summary>Builds the payload of the entry by which a user records a contract term for the exposure analysis, in the names <c>--assume</c> takes.</summary>
public static class TermFacts
{
    /// <summary>The payload of a <see cref="EntryKind.FactAdded"/> entry recording a contract term for the exposure analysis.</summary>
    public static FactPayload Add(string name, string value, string? source)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!ExposureAnalyzer.Names.Contains(name.Trim()))
        {
            return new FactPayload(null, [$"{FactDiagnosticCodes.UnknownValue}: '{name}' is not a term Docket knows ({string.Join(", ", ExposureAnalyzer.Names)})."]);
        }

        return string.IsNullOrWhiteSpace(value)
            ? new FactPayload(null, [$"{FactDiagnosticCodes.MissingText}: the term '{name}' needs a value."])
            : new FactPayload(new JsonObject { ["collection"] = "terms", ["value"] = new JsonObject { ["name"] = name.Trim(), ["value"] = value.Trim(), ["source"] = source?.Trim() ?? string.Empty } }.ToJsonString(), []);
    }
}
