using Docket.Core.Delay;
using Docket.Core.Scheduling;
using Docket.Core.Tests.Scheduling;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Delay;

/// <summary>methods.md A6's worked vector, the net method for extensions, and events that name unknown activities.</summary>
public sealed class TimeImpactAnalysisTests
{
    [Theory]
    [InlineData("C", 3)]   // critical: finish 9 -> 12
    [InlineData("B", 1)]   // total float 2 absorbs two of the three days: 9 -> 10
    public void ClientDependencyOfThreeDays_WorkedVector(string before, int impact)
    {
        var r = TimeImpactAnalysis.Run(CriticalPathCalculatorTests.Vector(), [new DelayEvent("X", "access late", Responsibility.Client, 3, before)]);
        var e = Assert.Single(r.Events);
        Assert.Equal((impact, impact, "excusable, compensable"), (e.ImpactDays, e.ExtensionDays, e.Class));
        Assert.Equal(r.PlannedFinish.PlusDays(impact), r.Finish);
        Assert.Equal(0, r.LiquidatedDamagesDays);
    }

    [Fact]
    public void NetMethod_SupplierLateFirst_ClientEventEarnsOnlyItsIncrement()
    {
        var vector = CriticalPathCalculatorTests.Vector();
        var ccd = new LocalDate(2024, 1, 10);   // one day after the planned finish of 9 January
        var r = TimeImpactAnalysis.Run(vector,
            [
                new DelayEvent("S", "rework", Responsibility.Supplier, 4, "C"),   // finish 9 -> 13 January: 3 days past the completion date
                new DelayEvent("K", "sign-off late", Responsibility.Client, 2, "D"),
            ], ccd);
        Assert.Equal((0, "not excusable"), (r.Events[0].ExtensionDays, r.Events[0].Class));
        Assert.Equal(2, r.Events[1].ExtensionDays);
        Assert.Equal(new LocalDate(2024, 1, 12), r.ExtendedCompletion);
        Assert.Equal(new LocalDate(2024, 1, 15), r.Finish);
        Assert.Equal(3, r.LiquidatedDamagesDays);
        Assert.Equal(2, r.Intervals.Length);
    }

    [Fact]
    public void EventOnUnknownActivity_IsAnErrorNamingTheEvent()
    {
        var error = Assert.Single(Assert.Throws<ScheduleException>(() =>
            TimeImpactAnalysis.Run(CriticalPathCalculatorTests.Vector(), [new DelayEvent("X", "?", Responsibility.Client, 3, "Z")])).Errors);
        Assert.Equal(("SCH002", "event X"), (error.Code, error.Where));
    }
}
