using System.Collections.Immutable;
using Docket.Core.Exposure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Exposure;

/// <summary>methods.md's worked examples (B3 caps, B8 CCPA damages, C1 decision tree) and the pipeline's properties.</summary>
public sealed class ExposureTests
{
    private static readonly Theory Neutral = new("neutral", 1m, UncertainAsDirect: true, DeductAvoidable: false);

    [Fact]
    public void B3_CapFromARampingLedger_AndTheDataBreachSuperCap()
    {
        // $40,000 a month, months 1–3 free, the event at the end of month 12.
        var ledger = Enumerable.Range(1, 12).Select(m => new FeePayment(new LocalDate(2024, m, 28), m <= 3 ? 0m : 40_000m));
        var cap = CapCalculator.FeesInLookback(ledger, new LocalDate(2024, 12, 31), 12);
        Assert.Equal(360_000m, cap);
        Assert.Equal(1_080_000m, cap * 3);
    }

    [Fact]
    public void B8_CcpaStatutoryDamages_BeforeAndFrom2025()
    {
        Assert.Equal((2_500_000m, 18_750_000m), CcpaStatutoryDamages.Band(25_000, 1, new LocalDate(2024, 6, 1)));
        Assert.Equal((2_675_000m, 19_975_000m), CcpaStatutoryDamages.Band(25_000, 1, new LocalDate(2025, 1, 1)));
    }

    internal static TreeNode C1Tree() => new TreeNode.Chance("liability",
    [
        (0.6m, new TreeNode.Chance("damages", [(0.5m, new TreeNode.Outcome("full", 1_000_000m)), (0.3m, new TreeNode.Outcome("capped", 600_000m)), (0.2m, new TreeNode.Outcome("low", 200_000m))])),
        (0.4m, new TreeNode.Outcome("no liability", 0m)),
    ]);

    [Fact]
    public void C1_DecisionTree_ReproducesTheWorkedExample()
    {
        Assert.Equal(432_000m, DecisionTree.ExpectedValue(C1Tree()));
        var range = DecisionTree.Range(C1Tree(), 150_000m, 150_000m);
        Assert.Equal((282_000m, 582_000m), (range.ClaimantFloor, range.RespondentCeiling));
        Assert.True(range.ZoneExists);
        Assert.Equal(1m, DecisionTree.RiskProfile(C1Tree()).Sum(p => p.Probability));
    }

    [Fact]
    public void C3_MonteCarlo_IsRepeatableWithASeed_AndConvergesToTheTreesExpectedValue()
    {
        var a = MonteCarlo.Sample(C1Tree(), 100_000, 7);
        var b = MonteCarlo.Sample(C1Tree(), 100_000, 7);
        Assert.Equal(a, b with { Percentiles = a.Percentiles, Histogram = a.Histogram });
        Assert.Equal(a.Percentiles.OrderBy(p => p.Key), b.Percentiles.OrderBy(p => p.Key));
        Assert.Equal(a.Histogram, b.Histogram);
        Assert.True(Math.Abs(a.Mean - 432_000m) < 4 * a.StandardError, $"mean {a.Mean}, standard error {a.StandardError}");
        Assert.Equal(0.4m, decimal.Round(a.ProbabilityOfZero, 2, MidpointRounding.AwayFromZero));
    }

    private static readonly LossHead[] Heads =
    [
        new("fees paid", LossKind.FeesPaid, 200_000m, 250_000m, 300_000m, "test"),
        new("credit monitoring", LossKind.CreditMonitoring, 50_000m, 80_000m, 150_000m, "test") { DataBreach = true, Avoidable = 10_000m },
        new("lost revenue", LossKind.LostProfits, 100_000m, 400_000m, 900_000m, "test"),
    ];

    [Fact]
    public void Pipeline_ShowsEachStep_WithExclusionApportionmentAndCaps()
    {
        var terms = new ContractTerms(CapKind.Fixed, 300_000m) { ExcludesConsequential = true, ExclusionSparesDataBreach = true, DataBreachSuperCapMultiple = 2m };
        var r = DamagesPipeline.Run(Heads, terms, new Theory("respondent", 0.6m, UncertainAsDirect: false, DeductAvoidable: true));
        Assert.Equal(["gross", "exclusions", "mitigation", "apportionment", "caps", "net"], r.Steps.Select(s => s.Step));
        Assert.Equal([730_000m, 330_000m, 320_000m, 192_000m, 192_000m, 192_000m], r.Steps.Select(s => s.Amount));
        var capped = DamagesPipeline.Run(Heads, terms with { CapAmount = 100_000m }, Neutral);
        Assert.Equal(100_000m + 80_000m, capped.Net);   // fees under the general cap; credit monitoring under the 2× super cap
    }

    private static Gen<LossHead> Head() =>
        from kind in Gen.Elements(Enum.GetValues<LossKind>())
        from low in Gen.Choose(0, 500_000)
        from spread in Gen.Choose(0, 500_000)
        from up in Gen.Choose(0, 500_000)
        from breach in Gen.Elements(true, false)
        from avoid in Gen.Choose(0, 100_000)
        select new LossHead(kind.ToString(), kind, low, low + spread, low + spread + up, "generated") { DataBreach = breach, Avoidable = avoid };

    private static Gen<ContractTerms> Terms() =>
        from cap in Gen.Elements(Enum.GetValues<CapKind>())
        from amount in Gen.Choose(0, 2_000_000)
        from multiple in Gen.Elements<decimal?>(null, 2m, 3m)
        from excludes in Gen.Elements(true, false)
        from spares in Gen.Elements(true, false)
        from gross in Gen.Elements(true, false, false, false)
        select new ContractTerms(cap, cap == CapKind.None ? null : amount) { DataBreachSuperCapMultiple = multiple, ExcludesConsequential = excludes, ExclusionSparesDataBreach = spares, GrossNegligence = gross };

    private static Gen<Theory> Theories() =>
        from share in Gen.Choose(0, 100)
        from uncertain in Gen.Elements(true, false)
        from avoid in Gen.Elements(true, false)
        select new Theory("generated", share / 100m, uncertain, avoid);

    [Property(MaxTest = 300)]
    public Property NetNeverExceedsGross_AndRaisingTheCapNeverLowersIt() =>
        Prop.ForAll(Gen.ListOf(Head(), 6).ToArbitrary(), Terms().ToArbitrary(), Theories().Zip(Gen.Choose(0, 1_000_000)).ToArbitrary(), (heads, terms, pair) =>
        {
            var (theory, raise) = pair;
            var r = DamagesPipeline.Run([.. heads], terms, theory);
            var higher = DamagesPipeline.Run([.. heads], terms with { CapAmount = terms.CapAmount is { } c ? c + raise : null }, theory);
            return r.Net <= r.Gross && r.Steps.Zip(r.Steps.Skip(1)).All(p => p.Second.Amount <= p.First.Amount) && higher.Net >= r.Net && r.NetLow <= r.NetHigh;
        });

    [Property(MaxTest = 200)]
    public Property Art82Shares_SumToOne_AndRecourseRestoresEachShare() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(1, 100), 4).ToArbitrary(), Gen.Choose(1, 10_000_000).ToArbitrary(), (weights, damage) =>
        {
            var shares = Art82.Shares([.. weights.Select((w, i) => ($"party {i}", (decimal)w))]);
            var split = Art82.Split(damage, shares, payer: "party 0");
            return shares.Values.Sum() == 1m && split.Sum(s => s.Bears) == damage && split.All(s => s.ExternalExposure == damage);
        });

    [Fact]
    public void BreachCostDefaults_SumToTheYearsAverage_AndAreCited()
    {
        var heads = BreachCostDefaults.Heads(2024, us: false);
        Assert.Equal(4_880_000m, heads.Sum(h => h.Likely));
        Assert.All(heads, h => Assert.Contains("IBM Cost of a Data Breach 2024", h.Source, StringComparison.Ordinal));
        Assert.Equal(9_360_000m, decimal.Round(BreachCostDefaults.Heads(2024, us: true).Sum(h => h.Likely), 0, MidpointRounding.AwayFromZero));
        Assert.Throws<FormatException>(() => BreachCostDefaults.Heads(1999, us: false));
    }
}
