using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>
/// The critical path method over a precedence network (methods.md A1): validation (duplicate ids, unknown activities,
/// cycles, dates out of order), a forward pass in topological order with FS/SS/FF/SF links and lags in working days,
/// constraints and progress, a backward pass anchored on the project finish or the contract's required finish, total
/// and free float, and the longest path along driving links. Dates are day boundaries from the schedule's start: an
/// activity with early start 3 and early finish 5 works days 3 and 4.
/// </summary>
public static class CriticalPathCalculator
{
    /// <summary>Computes <paramref name="schedule"/>.</summary>
    /// <exception cref="ScheduleException">The schedule is invalid; every error names its activity.</exception>
    public static CpmResult Compute(Schedule schedule, CpmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        options ??= CpmOptions.Default;
        var net = Network.Build(schedule);
        var n = net.Count;
        var es = new int[n];
        var ef = new int[n];
        var ls = new int[n];
        var lf = new int[n];
        var violations = ImmutableArray.CreateBuilder<string>();
        var data = schedule.DataDate is { } dd ? Period.DaysBetween(schedule.Start, dd) : 0;

        foreach (var i in net.Order)
        {
            var a = net.Activities[i];
            var c = net.Calendar[i];
            var d = net.Duration[i];
            if (net.Completed[i])
            {
                es[i] = Day(schedule, a.ActualStart!.Value);
                ef[i] = Day(schedule, a.ActualFinish!.Value) + 1;
                continue;
            }

            var started = a.ActualStart is not null;
            var lower = started ? Day(schedule, a.ActualStart!.Value) : Math.Max(0, data);
            var logic = int.MinValue;
            if (!started || options.Progress == ProgressMode.RetainedLogic)
            {
                foreach (var l in net.Incoming(i))
                {
                    logic = Math.Max(logic, StartBound(net, l, es, ef, d));
                }
            }

            if (started)
            {
                // In progress: the remaining work runs from the data date, or later when retained logic holds it back.
                es[i] = lower;
                var from = Math.Max(c.NextStart(Math.Max(data, lower)), logic);
                ef[i] = d == 0 ? from : c.Shift(c.NextStart(from), d);
                continue;
            }

            var start = Math.Max(lower, logic);
            if (d > 0)
            {
                start = c.NextStart(start);
            }

            start = ApplyForward(schedule, a, c, d, start, violations);
            es[i] = start;
            ef[i] = d == 0 ? start : c.Shift(start, d);
        }

        var finish = 0;
        for (var i = 0; i < n; i++)
        {
            if (net.Activities[i].Kind != ActivityKind.LevelOfEffort)
            {
                finish = Math.Max(finish, ef[i]);
            }
        }

        var anchor = schedule.RequiredFinish is { } required ? Day(schedule, required) + 1 : finish;
        for (var k = n - 1; k >= 0; k--)
        {
            var i = net.Order[k];
            var a = net.Activities[i];
            var c = net.Calendar[i];
            var d = net.Duration[i];
            if (net.Completed[i])
            {
                ls[i] = es[i];
                lf[i] = ef[i];
                continue;
            }

            var late = anchor;
            foreach (var l in net.Outgoing(i))
            {
                late = Math.Min(late, FinishBound(net, l, ls, lf, d));
            }

            late = ApplyBackward(schedule, a, c, d, late);
            if (d > 0)
            {
                late = c.PreviousEnd(late);
            }

            lf[i] = late;
            ls[i] = d == 0 ? late : c.Shift(late, -d);
        }

        var dates = ImmutableArray.CreateBuilder<ActivityDates>(n);
        for (var i = 0; i < n; i++)
        {
            var a = net.Activities[i];
            var c = net.Calendar[i];
            var total = net.Completed[i] ? 0 : c.Between(ef[i], lf[i]);
            var free = total;
            foreach (var l in net.Outgoing(i))
            {
                free = Math.Min(free, Gap(net, l, es, ef));
            }

            var driving = ImmutableArray<string>.Empty;
            if (!net.Completed[i])
            {
                foreach (var l in net.Incoming(i))
                {
                    // A link drives when the start it allows, moved to a working day, is the start the activity got.
                    var bound = StartBound(net, l, es, ef, net.Duration[i]);
                    if ((net.Duration[i] > 0 ? c.NextStart(bound) : bound) == es[i])
                    {
                        driving = driving.Add(net.Activities[l.From].Id);
                    }
                }
            }

            var open = !net.Completed[i] && a.Kind != ActivityKind.LevelOfEffort;
            dates.Add(new ActivityDates(
                a.Id, es[i], ef[i], ls[i], lf[i], total, Math.Max(Math.Min(free, total), Math.Min(0, total)),
                open && total <= 0,
                open && total > 0 && total <= options.NearCriticalDays,
                driving,
                schedule.Start.PlusDays(es[i]),
                schedule.Start.PlusDays(net.Duration[i] == 0 && !net.Completed[i] ? ef[i] : ef[i] - 1)));
        }

        var result = dates.MoveToImmutable();
        return new CpmResult(result, finish, schedule.Start.PlusDays(finish - 1), LongestPath(net, result, ef), violations.ToImmutable());
    }

    private static int Day(Schedule schedule, LocalDate date) => Period.DaysBetween(schedule.Start, date);

    // The earliest start link l allows its successor (of duration d).
    private static int StartBound(Network net, Edge l, int[] es, int[] ef, int d)
    {
        var c = net.Calendar[l.To];
        return l.Type switch
        {
            LinkType.FinishToStart => c.Shift(ef[l.From], l.Lag),
            LinkType.StartToStart => c.Shift(es[l.From], l.Lag),
            LinkType.FinishToFinish => c.Shift(c.Shift(ef[l.From], l.Lag), -d),
            _ => c.Shift(c.Shift(es[l.From], l.Lag), -d),
        };
    }

    // The latest finish link l allows its predecessor (of duration d).
    private static int FinishBound(Network net, Edge l, int[] ls, int[] lf, int d)
    {
        var cs = net.Calendar[l.To];
        var cp = net.Calendar[l.From];
        return l.Type switch
        {
            LinkType.FinishToStart => cs.Shift(ls[l.To], -l.Lag),
            LinkType.StartToStart => cp.Shift(cs.Shift(ls[l.To], -l.Lag), d),
            LinkType.FinishToFinish => cs.Shift(lf[l.To], -l.Lag),
            _ => cp.Shift(cs.Shift(lf[l.To], -l.Lag), d),
        };
    }

    // How far the predecessor of l can slip before it moves its successor.
    private static int Gap(Network net, Edge l, int[] es, int[] ef)
    {
        var c = net.Calendar[l.To];
        return l.Type switch
        {
            LinkType.FinishToStart => c.Between(c.Shift(ef[l.From], l.Lag), es[l.To]),
            LinkType.StartToStart => c.Between(c.Shift(es[l.From], l.Lag), es[l.To]),
            LinkType.FinishToFinish => c.Between(c.Shift(ef[l.From], l.Lag), ef[l.To]),
            _ => c.Between(c.Shift(es[l.From], l.Lag), ef[l.To]),
        };
    }

    private static int ApplyForward(Schedule schedule, Activity a, CalendarIndex c, int d, int start, ImmutableArray<string>.Builder violations)
    {
        if (a.ConstraintDate is not { } date)
        {
            return start;
        }

        var day = Day(schedule, date);
        switch (a.Constraint)
        {
            case ConstraintKind.StartNoEarlierThan:
                return Math.Max(start, d > 0 ? c.NextStart(day) : day);
            case ConstraintKind.FinishNoEarlierThan:
                return Math.Max(start, d > 0 ? c.Shift(day + 1, -d) : day);
            case ConstraintKind.MustStartOn:
                if (start > day)
                {
                    violations.Add($"{a.Id}: must start on {date:yyyy-MM-dd}, but its logic allows {schedule.Start.PlusDays(start):yyyy-MM-dd} at the earliest.");
                }

                return day;
            case ConstraintKind.MustFinishOn:
                var mustStart = d > 0 ? c.Shift(day + 1, -d) : day;
                if (start > mustStart)
                {
                    violations.Add($"{a.Id}: must finish on {date:yyyy-MM-dd}, but its logic allows {schedule.Start.PlusDays(start):yyyy-MM-dd} as its earliest start.");
                }

                return mustStart;
            default:
                return start;
        }
    }

    private static int ApplyBackward(Schedule schedule, Activity a, CalendarIndex c, int d, int late)
    {
        if (a.ConstraintDate is not { } date)
        {
            return late;
        }

        var day = Day(schedule, date);
        return a.Constraint switch
        {
            ConstraintKind.FinishNoLaterThan or ConstraintKind.MustFinishOn => Math.Min(late, day + 1),
            ConstraintKind.StartNoLaterThan or ConstraintKind.MustStartOn => Math.Min(late, d > 0 ? c.Shift(day, d) : day),
            _ => late,
        };
    }

    // From the latest-finishing activity back along driving links.
    private static ImmutableArray<string> LongestPath(Network net, ImmutableArray<ActivityDates> dates, int[] ef)
    {
        // The latest finish; on a tie the one later in the logic (the finish milestone after its last task).
        var last = -1;
        foreach (var i in net.Order)
        {
            if (net.Activities[i].Kind != ActivityKind.LevelOfEffort && (last < 0 || ef[i] >= ef[last]))
            {
                last = i;
            }
        }

        var path = new List<string>();
        var seen = new HashSet<int>();
        for (var i = last; i >= 0 && seen.Add(i);)
        {
            path.Add(net.Activities[i].Id);
            var driving = dates[i].DrivingPredecessors;
            i = driving.IsEmpty ? -1 : driving.Select(id => net.IndexOf[id]).OrderBy(p => dates[p].TotalFloat).First();
        }

        path.Reverse();
        return [.. path];
    }
}
