using NodaTime;

namespace Docket.Core.Exposure;

/// <summary>Liability caps from the fee ledger (methods.md B3): fees in the lookback window before the event, and multiples of them.</summary>
public static class CapCalculator
{
    /// <summary>The fees in the <paramref name="months"/> months up to and including <paramref name="anchor"/> (the event giving rise to liability).</summary>
    public static decimal FeesInLookback(IEnumerable<FeePayment> ledger, LocalDate anchor, int months)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var from = anchor.PlusMonths(-months);
        return Money.Cents(ledger.Where(p => p.Date > from && p.Date <= anchor).Sum(p => p.Amount));
    }
}
