using NodaTime;

namespace Docket.Core.Exposure;

/// <summary>
/// CCPA statutory damages, Cal. Civ. Code 1798.150 (methods.md B8): per eligible California consumer per incident,
/// $100 to $750, and $107 to $799 from 1 January 2025 (the CPPA's CPI adjustment). Eligibility (non-encrypted personal
/// information, access and exfiltration, failure of reasonable security, the 30-day notice) is for the facts, not here.
/// </summary>
public static class CcpaStatutoryDamages
{
    private static readonly LocalDate Adjusted = new(2025, 1, 1);

    /// <summary>The per-consumer range in force on <paramref name="date"/>.</summary>
    public static (decimal Min, decimal Max) PerConsumer(LocalDate date) => date >= Adjusted ? (107m, 799m) : (100m, 750m);

    /// <summary>The exposure band for <paramref name="consumers"/> eligible consumers and <paramref name="incidents"/> incidents.</summary>
    public static (decimal Min, decimal Max) Band(long consumers, int incidents, LocalDate date)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(consumers);
        ArgumentOutOfRangeException.ThrowIfNegative(incidents);
        var (min, max) = PerConsumer(date);
        return (min * consumers * incidents, max * consumers * incidents);
    }
}
