using BenchmarkDotNet.Attributes;
using Docket.Core.Exposure;

namespace Docket.Benchmarks;

/// <summary>100,000 Monte Carlo trials of the full damages pipeline (eight heads of loss drawn from triangular ranges, exclusions, mitigation, apportionment, super cap and general cap). Target: under 1 s on one core.</summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class MonteCarloBenchmarks
{
    private LossHead[] _heads = null!;
    private ContractTerms _terms = null!;
    private Theory _theory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _heads =
        [
            new("fees paid", LossKind.FeesPaid, 200_000m, 250_000m, 300_000m, "bench"),
            new("replacement", LossKind.Replacement, 100_000m, 180_000m, 400_000m, "bench"),
            new("forensics", LossKind.Forensics, 40_000m, 75_000m, 120_000m, "bench") { DataBreach = true },
            new("notification", LossKind.Notification, 20_000m, 60_000m, 90_000m, "bench") { DataBreach = true, Avoidable = 5_000m },
            new("credit monitoring", LossKind.CreditMonitoring, 50_000m, 150_000m, 400_000m, "bench") { DataBreach = true, Avoidable = 20_000m },
            new("legal fees", LossKind.LegalFees, 80_000m, 200_000m, 500_000m, "bench"),
            new("lost revenue", LossKind.LostProfits, 0m, 600_000m, 2_000_000m, "bench"),
            new("fines", LossKind.RegulatoryFines, 0m, 100_000m, 1_000_000m, "bench"),
        ];
        _terms = new ContractTerms(CapKind.FeesInLookback, 360_000m) { DataBreachSuperCapMultiple = 3m, ExcludesConsequential = true, ExclusionSparesDataBreach = true };
        _theory = new Theory("respondent", 0.7m, UncertainAsDirect: false, DeductAvoidable: true);
    }

    [Benchmark]
    public decimal MonteCarlo100000Trials() => MonteCarlo.Sample(_heads, _terms, _theory, 0.6m, 100_000, 7).Mean;
}
