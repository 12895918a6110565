using System.Collections.Immutable;
using System.Globalization;
using Docket.Core.Utility;

namespace Docket.Reports.Dossiers;

/// <summary>The dossier's method and assumptions: how each part was made, with the settings and assumptions it used.</summary>
internal static class DossierMethod
{
    public static ImmutableArray<MethodNote> Notes(Dossier d, DossierInput input) =>
    [
        new("Record", d.Cover.Ledger is { } l
            ? $"The case is the fold of the {l.TreeSize} entries of ledger case {l.CaseId} (RFC 9162 Merkle tree, root {l.RootHash}); every exhibit carries its inclusion proof against that root, checked when this dossier was made. Verify the ledger with 'docket verify {l.CaseId}' or an exported bundle offline."
            : $"The case was read from {d.Cover.SourceName} and not stored; open it with 'docket case open' for a verifiable record with exhibits and checkpoints."),
        new("Intake", "Every value was read from the narrative and keeps its source span (line and column); readings intake doubted are listed as its diagnostics in the case JSON, not silently taken."),
        new("Compliance", $"Each obligation judged against the contract and the catalogs {string.Join(", ", d.Compliance.Catalogs)}; statuses are met, partial, unmet, disputed (delivery itself contested) or unknown, with the source words quoted."),
        new("Chronology", "Dated facts in order of the first day their date can mean, coarser dates first on the same day; a fact in one party's account that the other answers is disputed."),
        new("Delay", d.Delay.Selected is { } s
            ? $"Delay days from the schedule by critical path, time impact and as-planned against as-built; concurrency rule chosen: {KebabCase.Name(s.Rule)} (every rule is reported in the JSON)."
            : "No schedule was given: the delay findings are what the narrative states, and the dates that would decide them."),
        new("Clocks", string.Create(CultureInfo.InvariantCulture, $"{input.ClockRules.Rules.Length} notification rules as data, each in the version in force at its trigger; statuses judged as of {d.AsOf:yyyy-MM-dd}")
            + (d.Cover.Ledger is null ? " (the day the dossier was made)." : " (the day of the last ledger entry, so that one ledger state gives one dossier).")),
        new("Exposure", "The damages pipeline in decimal (gross, exclusions, mitigation, apportionment, liquidated damages, caps and carve-outs, net), each step with its rule; unknown terms are labelled assumptions, never facts. Assumptions: "
            + (d.Exposure.Assumptions.IsEmpty ? "none given." : string.Join("; ", d.Exposure.Assumptions) + ".")),
    ];
}
