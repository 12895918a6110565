using System.Collections.Immutable;
using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>
/// As-planned against as-built (methods.md A4, with the retrospective longest path of A8): the plan is the schedule
/// computed without its actuals; the as-built dates are its actuals (and, for work not finished, the progressed
/// forecast). The as-built critical path runs back from the last finish through the predecessor whose as-built date
/// held each activity up; along it, each activity's finish variance less its driver's is the completion delay it
/// added, attributed to the party that bears its risk. The slices add up to the completion delay; any residue is
/// reported.
/// </summary>
public static class AsPlannedVersusAsBuilt
{
    /// <summary>Compares <paramref name="schedule"/>'s plan with its actuals.</summary>
    /// <exception cref="ScheduleException">The schedule is invalid.</exception>
    public static AsBuiltResult Compare(Schedule schedule, CpmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var plan = CriticalPathCalculator.Compute(schedule.AsPlanned(), options);
        var built = CriticalPathCalculator.Compute(schedule, options);
        var variances = ImmutableArray.CreateBuilder<ActivityVariance>();
        var byId = new Dictionary<string, ActivityVariance>(StringComparer.Ordinal);
        for (var i = 0; i < schedule.Activities.Length; i++)
        {
            var a = schedule.Activities[i];
            var p = plan.Activities[i];
            var b = built.Activities[i];
            var start = a.ActualStart ?? b.StartDate;
            var finish = a.ActualFinish ?? b.FinishDate;
            var v = new ActivityVariance(a.Id, a.Responsible, p.StartDate, p.FinishDate, start, finish, a.ActualFinish is null,
                Period.DaysBetween(p.StartDate, start), Period.DaysBetween(p.FinishDate, finish),
                Period.DaysBetween(start, finish) - Period.DaysBetween(p.StartDate, p.FinishDate));
            variances.Add(v);
            byId[a.Id] = v;
        }

        var path = AsBuiltPath(schedule, byId);
        var slices = ImmutableArray.CreateBuilder<DelaySlice>();
        var previous = 0;
        foreach (var id in path)
        {
            var v = byId[id];
            slices.Add(new DelaySlice(id, v.Party, v.FinishVarianceDays - previous));
            previous = v.FinishVarianceDays;
        }

        var finishDate = path.Count == 0 ? plan.FinishDate : byId[path[^1]].ActualFinish;
        var delay = Period.DaysBetween(plan.FinishDate, finishDate);
        var intervals = ImmutableArray.CreateBuilder<DelayInterval>();
        var cumulative = 0;
        foreach (var slice in slices)
        {
            if (slice.Days > 0)
            {
                intervals.Add(new DelayInterval(slice.ActivityId, slice.Party, plan.FinishDate.PlusDays(cumulative + 1), plan.FinishDate.PlusDays(cumulative + slice.Days), byId[slice.ActivityId].ActualStart));
            }

            cumulative += slice.Days;
        }

        return new AsBuiltResult(plan.FinishDate, finishDate, delay, variances.ToImmutable(), [.. path], slices.ToImmutable(),
            slices.GroupBy(s => s.Party).ToImmutableDictionary(g => g.Key, g => g.Sum(s => s.Days)),
            delay - slices.Sum(s => s.Days), intervals.ToImmutable());
    }

    // Back from the latest as-built finish: at each step the predecessor whose as-built date bounds the activity latest.
    private static List<string> AsBuiltPath(Schedule schedule, Dictionary<string, ActivityVariance> byId)
    {
        var last = schedule.Activities.Where(a => a.Kind != ActivityKind.LevelOfEffort).OrderByDescending(a => byId[a.Id].ActualFinish).FirstOrDefault();
        var path = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var at = last?.Id; at is not null && seen.Add(at);)
        {
            path.Add(at);
            at = schedule.Links.Where(l => l.Successor == at)
                .Select(l => (l.Predecessor, Bound: l.Type is LinkType.FinishToStart or LinkType.FinishToFinish ? byId[l.Predecessor].ActualFinish : byId[l.Predecessor].ActualStart))
                .OrderByDescending(x => x.Bound).ThenBy(x => x.Predecessor, StringComparer.Ordinal)
                .Select(x => x.Predecessor).FirstOrDefault();
        }

        path.Reverse();
        return path;
    }
}
