using Docket.Core.Delay;
using Docket.Core.Scheduling;
using Docket.Core.Tests.Scheduling;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Delay;

/// <summary>As-planned against as-built on methods.md's A1 network with actual dates.</summary>
public sealed class AsPlannedVersusAsBuiltTests
{
    private static readonly LocalDate Monday = new(2024, 1, 1);

    [Fact]
    public void SlippageAlongTheAsBuiltPath_IsAttributedAndReconciles()
    {
        var vector = CriticalPathCalculatorTests.Vector();
        var built = vector with
        {
            Activities =
            [
                new("A", "A", 3) { ActualStart = Monday, ActualFinish = Monday.PlusDays(3) },                                    // one day late
                new("B", "B", 2) { ActualStart = Monday.PlusDays(4), ActualFinish = Monday.PlusDays(5) },
                new("C", "C", 4, Responsibility.Client) { ActualStart = Monday.PlusDays(4), ActualFinish = Monday.PlusDays(9) },  // two more
                new("D", "D", 2) { ActualStart = Monday.PlusDays(10), ActualFinish = Monday.PlusDays(11) },
            ],
        };
        var r = AsPlannedVersusAsBuilt.Compare(built);
        Assert.Equal((Monday.PlusDays(8), Monday.PlusDays(11), 3), (r.PlannedFinish, r.Finish, r.CompletionDelayDays));
        Assert.Equal(["A", "C", "D"], r.CriticalPath);
        Assert.Equal([1, 2, 0], r.Slices.Select(s => s.Days));
        Assert.Equal((1, 2, 0), (r.DaysByParty[Responsibility.Supplier], r.DaysByParty[Responsibility.Client], r.ResidueDays));
        var rule = ConcurrencyCalculator.Compute(r.PlannedFinish, r.Finish, r.Intervals, ConcurrencyRule.Malmaison);
        Assert.Equal((2m, 1m), (rule.ExtensionDays, rule.DelayDamagesDays));
        Assert.Equal(2, r.Variances.Single(v => v.Id == "C").DurationGrowthDays);
    }
}
