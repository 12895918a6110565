using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>
/// A schedule checked and indexed for the passes: activity indexes, incoming and outgoing links, each activity's
/// calendar and the duration still to run, and a topological order (Kahn). Every problem found is reported at once.
/// </summary>
internal sealed class Network
{
    private Network(ImmutableArray<Activity> activities)
    {
        Activities = activities;
        Count = activities.Length;
    }

    public ImmutableArray<Activity> Activities { get; }

    public int Count { get; }

    public Dictionary<string, int> IndexOf { get; } = new(StringComparer.Ordinal);

    // Links in compressed rows: those into activity i are _in[_inStart[i].._inStart[i + 1]], likewise out of it.
    private Edge[] _in = [];
    private Edge[] _out = [];
    private int[] _inStart = [];
    private int[] _outStart = [];

    public ReadOnlySpan<Edge> Incoming(int i) => _in.AsSpan(_inStart[i], _inStart[i + 1] - _inStart[i]);

    public ReadOnlySpan<Edge> Outgoing(int i) => _out.AsSpan(_outStart[i], _outStart[i + 1] - _outStart[i]);

    public CalendarIndex[] Calendar { get; private set; } = [];

    public int[] Duration { get; private set; } = [];

    public bool[] Completed { get; private set; } = [];

    public int[] Order { get; private set; } = [];

    public static Network Build(Schedule schedule)
    {
        var net = new Network(schedule.Activities);
        var errors = ImmutableArray.CreateBuilder<ScheduleError>();
        var n = net.Count;
        for (var i = 0; i < n; i++)
        {
            var a = schedule.Activities[i];
            if (!net.IndexOf.TryAdd(a.Id, i))
            {
                errors.Add(new ScheduleError(ScheduleErrorCodes.DuplicateActivity, a.Id, "another activity has the same id."));
            }

            CheckActivity(schedule, a, errors);
        }

        var edges = new List<Edge>(schedule.Links.Length);
        var seen = new HashSet<(int, int, LinkType)>();
        foreach (var link in schedule.Links)
        {
            var where = $"{link.Predecessor} -> {link.Successor}";
            var known = true;
            foreach (var end in (ReadOnlySpan<string>)[link.Predecessor, link.Successor])
            {
                if (!net.IndexOf.ContainsKey(end))
                {
                    errors.Add(new ScheduleError(ScheduleErrorCodes.UnknownActivity, where, $"the schedule has no activity '{end}'."));
                    known = false;
                }
            }

            if (!known)
            {
                continue;
            }

            var (from, to) = (net.IndexOf[link.Predecessor], net.IndexOf[link.Successor]);
            if (from == to)
            {
                errors.Add(new ScheduleError(ScheduleErrorCodes.BadValue, where, "an activity cannot depend on itself."));
                continue;
            }

            if (seen.Add((from, to, link.Type)))
            {
                edges.Add(new Edge(from, to, link.Type, link.Lag));
            }
        }

        (net._in, net._inStart) = Rows(edges, n, e => e.To);
        (net._out, net._outStart) = Rows(edges, n, e => e.From);
        net.Calendar = Calendars(schedule, errors);
        if (errors.Count == 0)
        {
            net.Order = TopologicalOrder(net, errors);
        }

        if (errors.Count > 0)
        {
            throw new ScheduleException(errors.ToImmutable());
        }

        net.Duration = new int[n];
        net.Completed = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var a = schedule.Activities[i];
            net.Completed[i] = a.ActualFinish is not null;
            net.Duration[i] = a.ActualStart is { } started && a.ActualFinish is null
                ? a.RemainingDuration ?? Math.Max(0, a.Duration - net.Calendar[i].Between(Period.DaysBetween(schedule.Start, started), schedule.DataDate is { } dd ? Period.DaysBetween(schedule.Start, dd) : 0))
                : a.Duration;
        }

        return net;
    }

    // Counting sort of the edges by one end: stable, so links keep the order the schedule gives them.
    private static (Edge[] Edges, int[] Start) Rows(List<Edge> edges, int n, Func<Edge, int> key)
    {
        var start = new int[n + 1];
        foreach (var e in edges)
        {
            start[key(e) + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var next = (int[])start.Clone();
        var sorted = new Edge[edges.Count];
        foreach (var e in edges)
        {
            sorted[next[key(e)]++] = e;
        }

        return (sorted, start);
    }

    private static void CheckActivity(Schedule schedule, Activity a, ImmutableArray<ScheduleError>.Builder errors)
    {
        if (a.Duration < 0 || a.RemainingDuration < 0)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.BadValue, a.Id, "a duration cannot be negative."));
        }

        if (a.ActualFinish is { } finish && a.ActualStart is not { } start)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.DatesOutOfOrder, a.Id, $"it has an actual finish ({finish:yyyy-MM-dd}) but no actual start."));
        }
        else if (a.ActualFinish is { } f && a.ActualStart is { } s && f < s)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.DatesOutOfOrder, a.Id, $"it finished ({f:yyyy-MM-dd}) before it started ({s:yyyy-MM-dd})."));
        }

        if (schedule.DataDate is { } data)
        {
            if (a.ActualStart >= data.PlusDays(1) || a.ActualFinish >= data)
            {
                var date = a.ActualFinish >= data ? a.ActualFinish : a.ActualStart;
                errors.Add(new ScheduleError(ScheduleErrorCodes.DatesOutOfOrder, a.Id, $"its actual date {date:yyyy-MM-dd} is not before the data date {data:yyyy-MM-dd}."));
            }
        }
        else if (a.ActualStart is not null && a.ActualFinish is null)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.DatesOutOfOrder, a.Id, "it is in progress, so the schedule needs a data date."));
        }

        if (a.Constraint != ConstraintKind.None && a.ConstraintDate is null)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.DatesOutOfOrder, a.Id, "its constraint has no date."));
        }

        if (a.ActualStart < schedule.Start)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.DatesOutOfOrder, a.Id, $"it started ({a.ActualStart:yyyy-MM-dd}) before the schedule's start ({schedule.Start:yyyy-MM-dd})."));
        }
    }

    private static readonly WorkCalendar EveryDay = WorkCalendar.EveryDay("(every day)");

    private static CalendarIndex[] Calendars(Schedule schedule, ImmutableArray<ScheduleError>.Builder errors)
    {
        CalendarIndex Index(WorkCalendar calendar) => CalendarIndex.For(calendar, schedule.Start);

        var everyDay = EveryDay;
        var fallback = schedule.DefaultCalendar is { } id ? schedule.Calendars.FirstOrDefault(c => c.Id == id) : schedule.Calendars.FirstOrDefault();
        if (schedule.DefaultCalendar is { } missing && fallback is null)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.BadCalendar, "(schedule)", $"the default calendar '{missing}' is not defined."));
        }

        var result = new CalendarIndex[schedule.Activities.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var a = schedule.Activities[i];
            var calendar = a.Calendar is { } named ? schedule.Calendars.FirstOrDefault(c => c.Id == named) : fallback ?? everyDay;
            if (calendar is null)
            {
                errors.Add(new ScheduleError(ScheduleErrorCodes.BadCalendar, a.Id, $"its calendar '{a.Calendar}' is not defined."));
                calendar = everyDay;
            }

            result[i] = Index(calendar);
        }

        return result;
    }

    // Kahn's algorithm; what is left unsorted lies on a cycle, which is reported by walking it.
    private static int[] TopologicalOrder(Network net, ImmutableArray<ScheduleError>.Builder errors)
    {
        var n = net.Count;
        var indegree = new int[n];
        for (var i = 0; i < n; i++)
        {
            indegree[i] = net.Incoming(i).Length;
        }

        var order = new int[n];
        var head = 0;
        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (indegree[i] == 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            foreach (var e in net.Outgoing(order[head++]))
            {
                if (--indegree[e.To] == 0)
                {
                    order[tail++] = e.To;
                }
            }
        }

        if (tail < n)
        {
            // Walk predecessors that are still unsorted until one repeats: that stretch is a cycle.
            var start = Array.FindIndex(indegree, d => d > 0);
            var path = new List<int>();
            var at = new Dictionary<int, int>();
            var i = start;
            while (!at.ContainsKey(i))
            {
                at[i] = path.Count;
                path.Add(i);
                foreach (var e in net.Incoming(i))
                {
                    if (indegree[e.From] > 0)
                    {
                        i = e.From;
                        break;
                    }
                }
            }

            // In link order, starting from the activity listed first.
            var loop = path.Skip(at[i]).Reverse().ToList();
            var first = loop.IndexOf(loop.Min());
            var cycle = loop.Skip(first).Concat(loop.Take(first)).Select(k => net.Activities[k].Id).ToList();
            cycle.Add(cycle[0]);
            errors.Add(new ScheduleError(ScheduleErrorCodes.Cycle, cycle[0], $"the links form a cycle: {string.Join(" -> ", cycle)}."));
        }

        return order;
    }
}
