using Docket.Core.Scheduling;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Scheduling;

/// <summary>The CPM engine: methods.md's worked vector, each link type, calendars, constraints, progress and bad schedules.</summary>
public sealed class CriticalPathCalculatorTests
{
    private static readonly LocalDate Monday = new(2024, 1, 1);

    internal static Schedule Vector() => new("A1 vector", Monday,
        [new("A", "A", 3), new("B", "B", 2), new("C", "C", 4), new("D", "D", 2)],
        [new("A", "B"), new("A", "C"), new("B", "D"), new("C", "D")]);

    [Fact]
    public void WorkedVector_ReproducesExactly()
    {
        var r = CriticalPathCalculator.Compute(Vector());
        Assert.Equal(9, r.Finish);
        Assert.Equal([(0, 3, 0, 3, 0), (3, 5, 5, 7, 2), (3, 7, 3, 7, 0), (7, 9, 7, 9, 0)],
            r.Activities.Select(a => (a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloat)));
        Assert.Equal(2, r["B"].FreeFloat);
        Assert.Equal(["A", "C", "D"], r.LongestPath);
        Assert.Equal(["A", "C", "D"], r.Activities.Where(a => a.Critical).Select(a => a.Id));
        Assert.True(r["B"].NearCritical);
        Assert.Equal(new LocalDate(2024, 1, 9), r.FinishDate);
    }

    [Theory]
    [InlineData(LinkType.StartToStart, 2, 2, 4)]     // ES(B) ≥ ES(A) + 2
    [InlineData(LinkType.FinishToFinish, 1, 2, 4)]   // EF(B) ≥ EF(A) + 1 = 4, so ES = 2
    [InlineData(LinkType.StartToFinish, 5, 3, 5)]    // EF(B) ≥ ES(A) + 5
    [InlineData(LinkType.FinishToStart, -1, 2, 4)]   // a lead of one day
    [InlineData(LinkType.FinishToStart, 2, 5, 7)]
    public void LinkTypes_AndLags(LinkType type, int lag, int start, int finish)
    {
        var s = new Schedule("links", Monday, [new("A", "A", 3), new("B", "B", 2)], [new("A", "B", type, lag)]);
        var b = CriticalPathCalculator.Compute(s)["B"];
        Assert.Equal((start, finish), (b.EarlyStart, b.EarlyFinish));
    }

    [Fact]
    public void WeekdayCalendar_SkipsWeekendsAndHolidays()
    {
        var calendar = WorkCalendar.Weekdays() with { Holidays = [new LocalDate(2024, 1, 8)] };
        var s = new Schedule("calendar", new LocalDate(2024, 1, 4), [new("A", "A", 3), new("B", "B", 2)], [new("A", "B")])
        {
            Calendars = [calendar],
        };
        var r = CriticalPathCalculator.Compute(s);
        // A works Thu 4, Fri 5, Tue 9 (the weekend and Monday's holiday skipped); B works Wed 10 and Thu 11.
        Assert.Equal((new LocalDate(2024, 1, 4), new LocalDate(2024, 1, 9)), (r["A"].StartDate, r["A"].FinishDate));
        Assert.Equal((new LocalDate(2024, 1, 10), new LocalDate(2024, 1, 11)), (r["B"].StartDate, r["B"].FinishDate));
        Assert.Equal(0, r["B"].TotalFloat);
    }

    [Fact]
    public void RequiredFinish_BeforeTheLogic_GivesNegativeFloat()
    {
        var s = Vector() with { RequiredFinish = Monday.PlusDays(6) };   // day 7 boundary, two days before the finish
        var r = CriticalPathCalculator.Compute(s);
        Assert.Equal(-2, r["D"].TotalFloat);
        Assert.Equal(0, r["B"].TotalFloat);
    }

    [Fact]
    public void Constraints_SnetPushes_MsoViolationIsReported()
    {
        var snet = Vector() with { Activities = Vector().Activities.SetItem(1, new("B", "B", 2) { Constraint = ConstraintKind.StartNoEarlierThan, ConstraintDate = Monday.PlusDays(6) }) };
        Assert.Equal(10, CriticalPathCalculator.Compute(snet).Finish);

        var mso = Vector() with { Activities = Vector().Activities.SetItem(2, new("C", "C", 4) { Constraint = ConstraintKind.MustStartOn, ConstraintDate = Monday.PlusDays(1) }) };
        var r = CriticalPathCalculator.Compute(mso);
        Assert.Contains(r.Violations, v => v.StartsWith("C: must start on 2024-01-02", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_CompletedTakesActuals_InProgressRunsFromTheDataDate()
    {
        var s = Vector() with
        {
            DataDate = Monday.PlusDays(5),
            Activities =
            [
                new("A", "A", 3) { ActualStart = Monday, ActualFinish = Monday.PlusDays(3) },   // one day late: finished on day 3
                new("B", "B", 2),
                new("C", "C", 4) { ActualStart = Monday.PlusDays(4), RemainingDuration = 3 },
                new("D", "D", 2),
            ],
        };
        var r = CriticalPathCalculator.Compute(s);
        Assert.Equal((0, 4), (r["A"].EarlyStart, r["A"].EarlyFinish));
        Assert.Equal((4, 8), (r["C"].EarlyStart, r["C"].EarlyFinish));   // data date 5 plus 3 remaining days
        Assert.Equal((5, 7), (r["B"].EarlyStart, r["B"].EarlyFinish));   // not before the data date
        Assert.Equal(10, r.Finish);
    }

    [Fact]
    public void BadSchedules_NameTheActivity()
    {
        var cycle = Vector() with { Links = Vector().Links.Add(new("D", "A")) };
        var error = Assert.Single(Assert.Throws<ScheduleException>(() => CriticalPathCalculator.Compute(cycle)).Errors);
        Assert.Equal(ScheduleErrorCodes.Cycle, error.Code);
        Assert.Contains("A -> ", error.Message, StringComparison.Ordinal);
        Assert.Contains("D -> A", error.Message, StringComparison.Ordinal);

        var unknown = Vector() with { Links = Vector().Links.Add(new("D", "E")) };
        Assert.Equal(("SCH002", "D -> E"), Assert.Single(Assert.Throws<ScheduleException>(() => CriticalPathCalculator.Compute(unknown)).Errors) is var u ? (u.Code, u.Where) : default);

        var backwards = Vector() with { Activities = Vector().Activities.SetItem(0, new("A", "A", 3) { ActualStart = Monday.PlusDays(2), ActualFinish = Monday }), DataDate = Monday.PlusDays(9) };
        Assert.Equal(("SCH004", "A"), Assert.Single(Assert.Throws<ScheduleException>(() => CriticalPathCalculator.Compute(backwards)).Errors) is var b ? (b.Code, b.Where) : default);

        var duplicate = Vector() with { Activities = Vector().Activities.Add(new("A", "again", 1)) };
        Assert.Contains(Assert.Throws<ScheduleException>(() => CriticalPathCalculator.Compute(duplicate)).Errors, e => e.Code == "SCH001" && e.Where == "A");
    }
}
