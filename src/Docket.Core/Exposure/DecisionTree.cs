using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>Rollback of a litigation decision tree (methods.md C1): the expected award, the risk profile, and each side's position after costs.</summary>
public static class DecisionTree
{
    /// <summary>The expected award at <paramref name="node"/>.</summary>
    /// <exception cref="ArgumentException">A chance node's probabilities do not sum to one.</exception>
    public static decimal ExpectedValue(TreeNode node) => node switch
    {
        TreeNode.Outcome o => o.Award,
        TreeNode.Chance c => Check(c).Branches.Sum(b => b.Probability * ExpectedValue(b.Node)),
        TreeNode.Decision d => d.Options.Max(ExpectedValue),
        _ => throw new ArgumentException("Unknown node.", nameof(node)),
    };

    /// <summary>The distinct awards with their probabilities (decisions take their best option), largest first.</summary>
    public static ImmutableArray<(decimal Award, decimal Probability)> RiskProfile(TreeNode node)
    {
        var outcomes = new Dictionary<decimal, decimal>();
        void Walk(TreeNode n, decimal p)
        {
            switch (n)
            {
                case TreeNode.Outcome o:
                    outcomes[o.Award] = outcomes.GetValueOrDefault(o.Award) + p;
                    break;
                case TreeNode.Chance c:
                    foreach (var (q, child) in Check(c).Branches)
                    {
                        Walk(child, p * q);
                    }

                    break;
                case TreeNode.Decision d:
                    Walk(d.Options.MaxBy(ExpectedValue)!, p);
                    break;
            }
        }

        Walk(node, 1m);
        return [.. outcomes.OrderByDescending(o => o.Key).Select(o => (o.Key, o.Value))];
    }

    /// <summary>The settlement range (methods.md C2): the claimant's floor (expected award less its remaining costs) and the respondent's ceiling (plus its own).</summary>
    public static SettlementRange Range(TreeNode node, decimal claimantCosts, decimal respondentCosts)
    {
        var ev = ExpectedValue(node);
        var profile = RiskProfile(node);
        return new SettlementRange(Money.Cents(ev), Money.Cents(ev - claimantCosts), Money.Cents(ev + respondentCosts),
            profile.Min(p => p.Award) - claimantCosts, profile.Max(p => p.Award) - claimantCosts,
            profile.Max(p => p.Award) + respondentCosts, profile.Min(p => p.Award) + respondentCosts);
    }

    private static TreeNode.Chance Check(TreeNode.Chance c)
    {
        var sum = c.Branches.Sum(b => b.Probability);
        if (sum != 1m || c.Branches.Any(b => b.Probability < 0))
        {
            throw new ArgumentException($"The probabilities of '{c.Label}' sum to {sum}, not 1.");
        }

        return c;
    }
}
