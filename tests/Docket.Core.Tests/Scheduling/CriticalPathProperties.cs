using Docket.Core.Scheduling;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Docket.Core.Tests.Scheduling;

/// <summary>Properties of the forward and backward passes on random acyclic networks with every link type.</summary>
public sealed class CriticalPathProperties
{
    // A random DAG: links only from a lower to a higher index, so no cycle can form.
    internal static Gen<Schedule> Networks() =>
        from n in Gen.Choose(2, 25)
        from durations in Gen.ArrayOf(Gen.Choose(0, 9), n)
        from pairs in Gen.ListOf(Gen.Choose(0, n - 1).Two(), n * 2)
        from types in Gen.ArrayOf(Gen.Elements(LinkType.FinishToStart, LinkType.FinishToStart, LinkType.StartToStart, LinkType.FinishToFinish, LinkType.StartToFinish), n * 2)
        from lags in Gen.ArrayOf(Gen.Choose(-2, 3), n * 2)
        from weekdays in Gen.Elements(true, false)
        select Build(durations, pairs, types, lags, weekdays);

    private static Schedule Build(int[] durations, IEnumerable<(int, int)> pairs, LinkType[] types, int[] lags, bool weekdays)
    {
        var links = pairs.Where(p => p.Item1 != p.Item2)
            .Select((p, i) => new Link($"T{Math.Min(p.Item1, p.Item2)}", $"T{Math.Max(p.Item1, p.Item2)}", types[i % types.Length], lags[i % lags.Length]))
            .DistinctBy(l => (l.Predecessor, l.Successor, l.Type));
        return new("random", new LocalDate(2024, 1, 1), [.. durations.Select((d, i) => new Activity($"T{i}", $"T{i}", d))], [.. links])
        {
            Calendars = weekdays ? [WorkCalendar.Weekdays()] : [],
        };
    }

    // Delaying an activity: it cannot start until `days` working days after its early start. (Lengthening it is not
    // the same: with FF and SF links a longer activity may start earlier, the "reverse critical" case.)
    private static Schedule Delay(Schedule s, ActivityDates dates, int days)
    {
        var weekdays = s.Calendars.Length > 0;
        var date = dates.StartDate;
        for (var moved = 0; moved < days;)
        {
            date = date.PlusDays(1);
            if (!weekdays || date.DayOfWeek < IsoDayOfWeek.Saturday)
            {
                moved++;
            }
        }

        return s with
        {
            Activities = [.. s.Activities.Select(a => a.Id == dates.Id ? a with { Constraint = ConstraintKind.StartNoEarlierThan, ConstraintDate = date } : a)],
        };
    }

    [Property(MaxTest = 300)]
    public Property DelayingACriticalActivity_NeverShortensTheProject() =>
        Prop.ForAll(Networks().ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (s, days) =>
        {
            var before = CriticalPathCalculator.Compute(s);
            return before.Activities.Where(a => a.Critical).All(a => CriticalPathCalculator.Compute(Delay(s, a, days)).Finish >= before.Finish);
        });

    [Property(MaxTest = 300)]
    public Property DelayingByLessThanTotalFloat_LeavesTheFinishUnchanged() =>
        Prop.ForAll(Networks().ToArbitrary(), s =>
        {
            var before = CriticalPathCalculator.Compute(s);
            return before.Activities.Where(a => a.TotalFloat > 0)
                .All(a => CriticalPathCalculator.Compute(Delay(s, a, a.TotalFloat - 1)).Finish == before.Finish);
        });

    [Property(MaxTest = 300)]
    public Property Floats_AreConsistent() =>
        Prop.ForAll(Networks().ToArbitrary(), s =>
        {
            var r = CriticalPathCalculator.Compute(s);
            return r.Activities.All(a => a.LateFinish >= a.EarlyFinish && a.FreeFloat <= a.TotalFloat && a.FreeFloat >= 0 && a.EarlyFinish <= r.Finish)
                && r.Activities.Any(a => a.Critical);
        });
}
