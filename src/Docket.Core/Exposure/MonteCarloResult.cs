using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>The distribution of outcomes over seeded trials (methods.md C3).</summary>
/// <param name="Trials">How many trials.</param>
/// <param name="Seed">The seed: the same seed gives the same result.</param>
/// <param name="Mean">The mean outcome.</param>
/// <param name="StandardDeviation">Its standard deviation.</param>
/// <param name="StandardError">The mean's standard error (sd / √trials).</param>
/// <param name="Percentiles">P5, P10, P50, P90, P95.</param>
/// <param name="ProbabilityOfZero">The share of trials with nothing to pay.</param>
/// <param name="Histogram">Twenty equal bins from the least to the largest outcome: lower bound and count.</param>
public sealed record MonteCarloResult(int Trials, int Seed, decimal Mean, decimal StandardDeviation, decimal StandardError,
    ImmutableDictionary<string, decimal> Percentiles, decimal ProbabilityOfZero, ImmutableArray<(decimal From, int Count)> Histogram);
