using System.Collections.Immutable;
using Docket.Core.Cases;

namespace Docket.Core.Compliance;

/// <summary>One obligation judged: its status, why, what it rests on, what it maps to, and what would settle it.</summary>
/// <param name="ObligationId">The obligation ("O3").</param>
/// <param name="ObligorId">Who owed it.</param>
/// <param name="Topic">What it is about.</param>
/// <param name="Text">The words that state it.</param>
/// <param name="Status">met, partial, unmet, disputed or unknown.</param>
/// <param name="Reasons">The reasoning, each step citing its source words.</param>
/// <param name="Criteria">Acceptance criteria and measured facts read from the record.</param>
/// <param name="Verdicts">The delivery against the contract and against standards' thresholds.</param>
/// <param name="Requirements">The catalog requirements it maps to.</param>
/// <param name="EvidenceEntries">Ledger entries of evidence said to bear on it.</param>
/// <param name="Cause">A disputed cause, when the obligor blames the other side.</param>
/// <param name="OpenQuestions">The facts that would settle it.</param>
public sealed record ObligationAssessment(
    string ObligationId,
    string? ObligorId,
    ObligationTopic Topic,
    string Text,
    ObligationStatus Status,
    ImmutableArray<Reason> Reasons,
    ImmutableArray<Criterion> Criteria,
    ImmutableArray<StandardVerdict> Verdicts,
    ImmutableArray<RequirementRef> Requirements,
    ImmutableArray<long> EvidenceEntries,
    DisputedCause? Cause,
    ImmutableArray<string> OpenQuestions);
