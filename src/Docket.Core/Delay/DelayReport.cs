using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>The delay analysis of a case: what its narrative shows, and, with a schedule, the analyses that schedule allows.</summary>
/// <param name="Rule">The concurrency rule chosen.</param>
/// <param name="Narrative">The narrative's deadline, stated causes and deciding dates (when there is a case).</param>
/// <param name="PlannedFinish">The schedule's planned finish, when there is a schedule.</param>
/// <param name="CriticalPath">The schedule's planned critical path.</param>
/// <param name="AsBuilt">As-planned against as-built, when the schedule has actual dates.</param>
/// <param name="TimeImpact">The time impact analysis, when there are delay events.</param>
/// <param name="ContractCompletion">The date delay is measured from.</param>
/// <param name="Completion">Actual or forecast completion.</param>
/// <param name="Selected">Days under the chosen rule.</param>
/// <param name="ByRule">Days under every rule, for comparison.</param>
public sealed record DelayReport(
    ConcurrencyRule Rule,
    NarrativeDelayReport? Narrative,
    LocalDate? PlannedFinish,
    ImmutableArray<string> CriticalPath,
    AsBuiltResult? AsBuilt,
    TimeImpactResult? TimeImpact,
    LocalDate? ContractCompletion,
    LocalDate? Completion,
    ConcurrencyResult? Selected,
    ImmutableArray<ConcurrencyResult> ByRule);
