using Docket.Core.Scheduling;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

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

    // Boundaries are compared in working days: a milestone may sit on either side of a weekend (the end of Friday and the
    // start of Monday are the same working instant), so its raw late finish can be a smaller number than its early finish.
    [Property(MaxTest = 300)]
    public Property Floats_AreConsistent() =>
        Prop.ForAll(Networks().ToArbitrary(), s =>
        {
            var r = CriticalPathCalculator.Compute(s);
            var weekdays = s.Calendars.Length > 0;
            return r.Activities.All(a => WorkingDays(s.Start, weekdays, a.EarlyFinish, a.LateFinish) >= 0
                    && WorkingDays(s.Start, weekdays, a.EarlyFinish, r.Finish) >= 0
                    && a.FreeFloat <= a.TotalFloat && a.FreeFloat >= 0)
                && r.Activities.Any(a => a.Critical);
        });

    [Fact]
    public void AMilestoneAcrossAWeekend_HasNoNegativeFloat()
    {
        // Found by Floats_AreConsistent: the milestone's early finish is the start of Monday (day 7) and its late
        // finish the end of Friday (day 5), the same working instant.
        var s = new Schedule("weekend", new LocalDate(2024, 1, 1),
            [new Activity("A", "A", 7), new Activity("M", "M", 0), new Activity("B", "B", 3)],
            [new Link("A", "M", LinkType.FinishToFinish, -2), new Link("M", "B", LinkType.StartToStart, -1)])
        {
            Calendars = [WorkCalendar.Weekdays()],
        };
        var r = CriticalPathCalculator.Compute(s);
        var m = r.Activities.Single(a => a.Id == "M");
        Assert.True(WorkingDays(s.Start, true, m.EarlyFinish, m.LateFinish) >= 0);
        Assert.True(m.LateFinish < m.EarlyFinish, "the raw boundaries straddle the weekend");
        Assert.True(m.TotalFloat >= 0);
    }

    // Working days in [from, to) counted by hand (negative when to is earlier), independently of the engine's index.
    private static int WorkingDays(LocalDate start, bool weekdays, int from, int to)
    {
        var sign = to >= from ? 1 : -1;
        var count = 0;
        for (var b = Math.Min(from, to); b < Math.Max(from, to); b++)
        {
            if (!weekdays || start.PlusDays(b).DayOfWeek < IsoDayOfWeek.Saturday)
            {
                count++;
            }
        }

        return sign * count;
    }
}
