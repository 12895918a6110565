using System.Collections.Immutable;
using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>As-planned against as-built (methods.md A4): variances, the as-built critical path and who consumed each day of slippage.</summary>
/// <param name="PlannedFinish">Completion in the as-planned schedule.</param>
/// <param name="Finish">Actual (or forecast) completion.</param>
/// <param name="CompletionDelayDays">Calendar days from planned to actual completion.</param>
/// <param name="Variances">Each activity's variances.</param>
/// <param name="CriticalPath">The as-built critical path, first to last.</param>
/// <param name="Slices">The delay each activity on that path added.</param>
/// <param name="DaysByParty">The slices summed per party.</param>
/// <param name="ResidueDays">Completion delay the slices do not explain (zero when they reconcile).</param>
/// <param name="Intervals">The slices as delay intervals after the planned completion, for the concurrency rules.</param>
public sealed record AsBuiltResult(
    LocalDate PlannedFinish,
    LocalDate Finish,
    int CompletionDelayDays,
    ImmutableArray<ActivityVariance> Variances,
    ImmutableArray<string> CriticalPath,
    ImmutableArray<DelaySlice> Slices,
    ImmutableDictionary<Responsibility, int> DaysByParty,
    int ResidueDays,
    ImmutableArray<DelayInterval> Intervals);
