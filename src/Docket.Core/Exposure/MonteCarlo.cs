using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>
/// Seeded Monte Carlo of outcomes (methods.md C3): a decision tree sampled branch by branch, or the full damages
/// pipeline with each head drawn from its triangular (low, likely, high) range and liability drawn as a Bernoulli trial.
/// Draws are decimal (the inverse triangular CDF with a decimal square root), so no amount passes through a double.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Samples <paramref name="tree"/>: its mean converges to <see cref="DecisionTree.ExpectedValue"/>.</summary>
    public static MonteCarloResult Sample(TreeNode tree, int trials, int seed)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Run(trials, seed, random => Walk(tree, random));
    }

    /// <summary>Runs the damages pipeline <paramref name="trials"/> times with liability found with probability <paramref name="liability"/>.</summary>
    public static MonteCarloResult Sample(IReadOnlyList<LossHead> heads, ContractTerms terms, Theory theory, decimal liability, int trials, int seed) =>
        Sample(heads, terms, theory, liability, 0m, trials, seed);

    /// <summary>As above, with gross negligence (which lifts the cap) found with probability <paramref name="grossNegligence"/> in each trial where liability is.</summary>
    public static MonteCarloResult Sample(IReadOnlyList<LossHead> heads, ContractTerms terms, Theory theory, decimal liability, decimal grossNegligence, int trials, int seed)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(terms);
        var uncapped = terms with { GrossNegligence = true };
        var draws = new decimal[heads.Count];
        decimal At(int i) => draws[i];
        return Run(trials, seed, random =>
        {
            if (Uniform(random) >= liability)
            {
                return 0m;
            }

            for (var i = 0; i < heads.Count; i++)
            {
                draws[i] = Triangular(random, heads[i].Low, heads[i].Likely, heads[i].High);
            }

            return DamagesPipeline.Net(heads, grossNegligence > 0 && Uniform(random) < grossNegligence ? uncapped : terms, theory, At, null);
        });
    }

    private static MonteCarloResult Run(int trials, int seed, Func<Random, decimal> trial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        var random = new Random(seed);
        var outcomes = new decimal[trials];
        for (var i = 0; i < trials; i++)
        {
            outcomes[i] = trial(random);
        }

        Array.Sort(outcomes);
        var mean = outcomes.Sum() / trials;
        var variance = outcomes.Sum(o => (o - mean) * (o - mean)) / Math.Max(1, trials - 1);
        var sd = Money.Sqrt(variance);
        decimal Percentile(decimal p) => outcomes[(int)Math.Min(trials - 1, decimal.Floor(p * trials))];
        var (min, max) = (outcomes[0], outcomes[^1]);
        var width = (max - min) / 20;
        var histogram = Enumerable.Range(0, 20).Select(b => (From: Money.Cents(min + (b * width)), Count: 0)).ToArray();
        foreach (var o in outcomes)
        {
            var bin = width == 0 ? 0 : (int)Math.Min(19, decimal.Floor((o - min) / width));
            histogram[bin].Count++;
        }

        return new MonteCarloResult(trials, seed, Money.Cents(mean), Money.Cents(sd), Money.Cents(sd / Money.Sqrt(trials)),
            ImmutableDictionary<string, decimal>.Empty.Add("p5", Percentile(0.05m)).Add("p10", Percentile(0.10m)).Add("p50", Percentile(0.50m))
                .Add("p90", Percentile(0.90m)).Add("p95", Percentile(0.95m)),
            (decimal)outcomes.Count(o => o == 0) / trials, [.. histogram]);
    }

    private static decimal Walk(TreeNode node, Random random)
    {
        while (true)
        {
            switch (node)
            {
                case TreeNode.Outcome o:
                    return o.Award;
                case TreeNode.Chance c:
                    var u = Uniform(random);
                    var acc = 0m;
                    var next = c.Branches[^1].Node;
                    foreach (var (p, child) in c.Branches)
                    {
                        acc += p;
                        if (u < acc)
                        {
                            next = child;
                            break;
                        }
                    }

                    node = next;
                    break;
                case TreeNode.Decision d:
                    node = d.Options.MaxBy(DecisionTree.ExpectedValue)!;
                    break;
                default:
                    throw new ArgumentException("Unknown node.", nameof(node));
            }
        }
    }

    // A uniform draw in [0, 1) as a decimal with nine digits.
    private static decimal Uniform(Random random) => random.Next(0, 1_000_000_000) / 1_000_000_000m;

    // The inverse CDF of the triangular distribution, in decimal.
    private static decimal Triangular(Random random, decimal low, decimal likely, decimal high)
    {
        if (high <= low)
        {
            return low;
        }

        var u = Uniform(random);
        var split = (likely - low) / (high - low);
        return u < split
            ? low + Money.Sqrt(u * (high - low) * (likely - low))
            : high - Money.Sqrt((1 - u) * (high - low) * (high - likely));
    }
}
