using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>A programme: activities, their links and calendars, from a start date; progressed up to a data date.</summary>
/// <param name="Name">What it is ("Baseline rev 2").</param>
/// <param name="Start">The first day work can start.</param>
/// <param name="Activities">The activities and milestones.</param>
/// <param name="Links">The dependencies.</param>
public sealed record Schedule(string Name, LocalDate Start, ImmutableArray<Activity> Activities, ImmutableArray<Link> Links)
{
    /// <summary>The calendars; the default calendar's id is <see cref="DefaultCalendar"/>. Empty: every day is worked.</summary>
    public ImmutableArray<WorkCalendar> Calendars { get; init; } = [];

    /// <summary>The calendar of activities that name none.</summary>
    public string? DefaultCalendar { get; init; }

    /// <summary>The status date of a progressed schedule: actuals before it, forecasts from it.</summary>
    public LocalDate? DataDate { get; init; }

    /// <summary>The contract completion date: the backward pass is anchored on it, so negative float shows lateness.</summary>
    public LocalDate? RequiredFinish { get; init; }

    /// <summary>The plan: a copy without progress (no actual dates, remaining durations or data date).</summary>
    public Schedule AsPlanned() =>
        this with { DataDate = null, Activities = [.. Activities.Select(a => a with { ActualStart = null, ActualFinish = null, RemainingDuration = null })] };

    /// <summary>A copy with more activities and links (a fragnet).</summary>
    public Schedule With(IEnumerable<Activity> activities, IEnumerable<Link> links) =>
        this with { Activities = Activities.AddRange(activities), Links = Links.AddRange(links) };
}
