using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>One activity after the forward and backward passes.</summary>
/// <param name="Id">The activity.</param>
/// <param name="EarlyStart">Early start day (boundary: days from the schedule's start).</param>
/// <param name="EarlyFinish">Early finish boundary (the day after the last working day).</param>
/// <param name="LateStart">Late start boundary.</param>
/// <param name="LateFinish">Late finish boundary.</param>
/// <param name="TotalFloat">Working days it can slip without moving the finish (or the required finish); negative when late.</param>
/// <param name="FreeFloat">Working days it can slip without moving any successor.</param>
/// <param name="Critical">Total float at or below zero (never a completed or level-of-effort activity).</param>
/// <param name="NearCritical">Total float within the near-critical threshold, not critical.</param>
/// <param name="DrivingPredecessors">The predecessors whose links set its early dates.</param>
/// <param name="StartDate">Early start as a date.</param>
/// <param name="FinishDate">Early finish as a date (the last day worked; the start for a milestone).</param>
public sealed record ActivityDates(
    string Id,
    int EarlyStart,
    int EarlyFinish,
    int LateStart,
    int LateFinish,
    int TotalFloat,
    int FreeFloat,
    bool Critical,
    bool NearCritical,
    ImmutableArray<string> DrivingPredecessors,
    LocalDate StartDate,
    LocalDate FinishDate);
