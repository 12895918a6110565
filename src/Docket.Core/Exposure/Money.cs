using System.Globalization;

namespace Docket.Core.Exposure;

/// <summary>Money rules: decimal throughout, rounded to cents half away from zero at each step's output.</summary>
public static class Money
{
    /// <summary><paramref name="amount"/> rounded to cents, half away from zero.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>"1,234,567.89" (or "1,000,000" for whole amounts), invariant, no currency.</summary>
    public static string Text(decimal amount) => amount.ToString(amount % 1 == 0 ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    /// <summary>The square root of a non-negative decimal (Newton's method), for standard deviations of money.</summary>
    public static decimal Sqrt(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0)
        {
            return 0;
        }

        // A double's root is right to about 16 digits; two Newton steps in decimal carry it past the 28 a decimal holds.
        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 2 && x != 0; i++)
        {
            x = (x + (value / x)) / 2;
        }

        return x;
    }
}
