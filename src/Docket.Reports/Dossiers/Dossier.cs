using System.Collections.Immutable;
using Docket.Core.Chronology;
using Docket.Core.Clocks;
using Docket.Core.Compliance;
using Docket.Core.Delay;
using Docket.Core.Exposure;
using NodaTime;

namespace Docket.Reports.Dossiers;

/// <summary>
/// The arbitration-ready case file: the cover, a summary, every analysis of the case, the issue-by-position matrix,
/// the open questions with the evidence that would settle each, the exhibit index with inclusion proofs, and the method.
/// Every part is computed from the case record; the renderers (HTML, JSON, CSV, PDF) only lay it out.
/// </summary>
public sealed record Dossier(
    DossierCover Cover,
    LocalDate AsOf,
    ImmutableArray<string> Summary,
    string CaseJson,
    ComplianceReport Compliance,
    ChronologyReport Chronology,
    DelayReport Delay,
    ClockReport Clocks,
    ExposureReport Exposure,
    ImmutableArray<IssueMatrixRow> Issues,
    ImmutableArray<OpenQuestion> OpenQuestions,
    ImmutableArray<Exhibit> Exhibits,
    ImmutableArray<MethodNote> Method)
{
    /// <summary>What stands for a party the record does not name (an obligation without an obligor, say).</summary>
    public const string NoParty = "not stated";

    /// <summary>The name of a party by id ("P1"), the id itself when the case has no such party, or <see cref="NoParty"/>.</summary>
    public string PartyName(string? id) => id is null ? NoParty : Cover.Parties.FirstOrDefault(p => p.Id == id)?.Name ?? id;

    /// <summary>Who asserts a dated fact: a party, or the narrator when the fact is in nobody's account.</summary>
    public string AssertedBy(ChronologyFact fact) => fact?.AssertedBy is { } party ? PartyName(party) : "narrator";
}
