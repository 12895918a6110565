using Docket.Core.Delay;
using Docket.Core.Scheduling;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Delay;

/// <summary>methods.md A11's worked vector under every rule, and the days adding up under each.</summary>
public sealed class ConcurrencyCalculatorTests
{
    private static readonly LocalDate Day0 = new(2024, 1, 1);

    private static LocalDate Day(int n) => Day0.PlusDays(n);

    // Contract completion day 100, actual 130: client-only 101–115, client and supplier 116–125, supplier-only 126–130.
    private static readonly DelayInterval[] Vector =
    [
        new("access", Responsibility.Client, Day(101), Day(125)),
        new("defects", Responsibility.Supplier, Day(116), Day(130)),
    ];

    [Theory]
    [InlineData(ConcurrencyRule.Malmaison, 25, 5, 15)]
    [InlineData(ConcurrencyRule.UnitedStates, 25, 5, 15)]
    [InlineData(ConcurrencyRule.Apportionment, 20, 10, 20)]
    [InlineData(ConcurrencyRule.ConcurrencyClause, 15, 15, 15)]
    [InlineData(ConcurrencyRule.FirstInTime, 25, 5, 25)]
    public void WorkedVector_ReproducesExactly(ConcurrencyRule rule, int extension, int damages, int compensable)
    {
        var r = ConcurrencyCalculator.Compute(Day(100), Day(130), Vector, rule, 0.5m);
        Assert.Equal((30, (decimal)extension, (decimal)damages, (decimal)compensable, 0), (r.TotalDays, r.ExtensionDays, r.DelayDamagesDays, r.CompensableDays, r.UnexplainedDays));
        Assert.Equal(Day(100 + extension), r.NewCompletion);
        Assert.Equal(10, r.Days.Count(d => d.Class == "concurrent"));
    }

    [Fact]
    public void NeutralEvents_GiveTimeWithoutMoney_AndGapsAreUnexplained()
    {
        var r = ConcurrencyCalculator.Compute(Day(0), Day(10), [new("storm", Responsibility.Neutral, Day(1), Day(4)), new("late", Responsibility.Supplier, Day(3), Day(6))], ConcurrencyRule.Malmaison);
        Assert.Equal((4m, 2m, 0m, 4), (r.ExtensionDays, r.DelayDamagesDays, r.CompensableDays, r.UnexplainedDays));
        Assert.Equal("neutral+supplier", r.Days[2].Class);
    }

    [Property(MaxTest = 200)]
    public Property DaysAddUp_UnderEveryRule() =>
        Prop.ForAll(
            Gen.ListOf(from start in Gen.Choose(-5, 40) from length in Gen.Choose(0, 15) from party in Gen.Elements(Enum.GetValues<Responsibility>())
                       select new DelayInterval($"e{start}", party, Day(start), Day(start + length), Day(start - (length % 3)))).ToArbitrary(),
            Gen.Elements(Enum.GetValues<ConcurrencyRule>()).ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(),
            (intervals, rule, percent) =>
            {
                var r = ConcurrencyCalculator.Compute(Day(0), Day(30), intervals, rule, percent / 100m);
                return r.ExtensionDays + r.DelayDamagesDays + r.UnexplainedDays == r.TotalDays
                    && r.DaysByParty.Values.Sum() + r.UnexplainedDays == r.TotalDays
                    && r.CompensableDays <= r.ExtensionDays;
            });
}
