using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>
/// GDPR Art. 82 (methods.md B9): toward the data subject each liable controller or processor owes the whole damage
/// (Art. 82(4)); the one who pays recovers from the others their share of responsibility (Art. 82(5)).
/// </summary>
public static class Art82
{
    /// <summary>Responsibility shares from weights (evidence scores or contract allocation): they sum to exactly one.</summary>
    public static ImmutableDictionary<string, decimal> Shares(IReadOnlyList<(string Party, decimal Weight)> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Sum(w => w.Weight);
        if (total <= 0 || weights.Count == 0)
        {
            throw new ArgumentException("Shares need at least one positive weight.", nameof(weights));
        }

        var shares = weights.Select(w => (w.Party, Share: decimal.Round(w.Weight / total, 6, MidpointRounding.AwayFromZero))).ToList();

        // The rounding remainder goes to the largest share, so the shares sum to exactly one.
        var largest = shares.IndexOf(shares.MaxBy(s => s.Share));
        shares[largest] = (shares[largest].Party, shares[largest].Share + (1m - shares.Sum(s => s.Share)));
        return shares.ToImmutableDictionary(s => s.Party, s => s.Share);
    }

    /// <summary>Each party's external exposure (the whole damage), the share it finally bears, and what it recovers or repays when <paramref name="payer"/> pays everything.</summary>
    public static ImmutableArray<Art82Share> Split(decimal damage, ImmutableDictionary<string, decimal> shares, string payer)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var bears = shares.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, Amount: Money.Cents(damage * s.Value))).ToList();
        var remainder = damage - bears.Sum(b => b.Amount);
        var largest = bears.IndexOf(bears.MaxBy(b => b.Amount));
        bears[largest] = (bears[largest].Key, bears[largest].Amount + remainder);
        return [.. bears.Select(b => new Art82Share(b.Key, damage, b.Amount, b.Key == payer ? damage - b.Amount : -b.Amount))];
    }
}
