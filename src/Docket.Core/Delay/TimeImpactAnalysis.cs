using System.Collections.Immutable;
using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>
/// Time impact analysis (methods.md A6): events inserted one at a time, in the order given (chronological), each as a
/// fragnet between the held-up activity and its predecessors; the schedule is recomputed and the impact is the move of
/// completion. Extensions use the net method against the then-current completion date: a client or neutral event earns
/// max(0, after − max(before, completion date)); a supplier event earns none. The impacted schedule carries forward.
/// </summary>
public static class TimeImpactAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ScheduleException">The schedule, or an event's links, are invalid; the error names the event or activity.</exception>
    public static TimeImpactResult Run(Schedule schedule, IEnumerable<DelayEvent> events, LocalDate? contractCompletion = null, CpmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(events);
        var list = events.ToList();
        Check(schedule, list);
        var current = schedule;
        var before = CriticalPathCalculator.Compute(current, options);
        var planned = before.FinishDate;
        var completion = contractCompletion ?? planned;
        var ccd = completion;
        var calendar = CalendarIndex.For(DefaultCalendar(schedule), schedule.Start);
        var impacts = ImmutableArray.CreateBuilder<EventImpact>();
        var intervals = ImmutableArray.CreateBuilder<DelayInterval>();
        foreach (var e in list)
        {
            current = Insert(current, e);
            var after = CriticalPathCalculator.Compute(current, options);
            var impact = calendar.Between(before.Finish, after.Finish);
            var excusable = e.Party is not Responsibility.Supplier;
            var extension = excusable ? Math.Max(0, Period.DaysBetween(Max(before.FinishDate, ccd), after.FinishDate)) : 0;
            ccd = ccd.PlusDays(extension);
            var cls = impact <= 0 ? "not critical" : e.Party switch
            {
                Responsibility.Client => "excusable, compensable",
                Responsibility.Supplier => "not excusable",
                _ => "excusable, not compensable",
            };
            impacts.Add(new EventImpact(e.Id, e.Party, cls, before.FinishDate, after.FinishDate, impact, extension, ccd));
            if (after.FinishDate > before.FinishDate)
            {
                intervals.Add(new DelayInterval(e.Id, e.Party, before.FinishDate.PlusDays(1), after.FinishDate, e.NotBefore));
            }

            before = after;
        }

        return new TimeImpactResult(planned, before.FinishDate, completion, impacts.ToImmutable(), ccd,
            Math.Max(0, Period.DaysBetween(ccd, before.FinishDate)), intervals.ToImmutable());
    }

    /// <summary>The schedule with <paramref name="e"/>'s fragnet: a new activity between the held-up activity and its predecessors (or the activity it follows).</summary>
    public static Schedule Insert(Schedule schedule, DelayEvent e)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(e);
        var id = FragnetId(e);
        var activity = new Activity(id, e.Description, e.Duration, e.Party) { Kind = ActivityKind.Task };
        if (e.NotBefore is { } date)
        {
            activity = activity with { Constraint = ConstraintKind.StartNoEarlierThan, ConstraintDate = date };
        }

        var links = e.After is { } after
            ? [new Link(after, id)]
            : schedule.Links.Where(l => l.Successor == e.Delays).Select(l => l with { Successor = id }).ToList();
        links.Add(new Link(id, e.Delays));
        return schedule.With([activity], links);
    }

    private static string FragnetId(DelayEvent e) => "event:" + e.Id;

    private static void Check(Schedule schedule, List<DelayEvent> events)
    {
        var ids = schedule.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<ScheduleError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!seen.Add(e.Id))
            {
                errors.Add(new ScheduleError(ScheduleErrorCodes.DuplicateActivity, "event " + e.Id, "another event has the same id."));
            }

            foreach (var target in new[] { e.Delays, e.After }.OfType<string>())
            {
                if (!ids.Contains(target))
                {
                    errors.Add(new ScheduleError(ScheduleErrorCodes.UnknownActivity, "event " + e.Id, $"the schedule has no activity '{target}'."));
                }
            }

            if (e.Duration < 0)
            {
                errors.Add(new ScheduleError(ScheduleErrorCodes.BadValue, "event " + e.Id, "a duration cannot be negative."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ScheduleException(errors.ToImmutable());
        }
    }

    private static WorkCalendar DefaultCalendar(Schedule s) =>
        (s.DefaultCalendar is { } id ? s.Calendars.FirstOrDefault(c => c.Id == id) : s.Calendars.FirstOrDefault()) ?? WorkCalendar.EveryDay();

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
