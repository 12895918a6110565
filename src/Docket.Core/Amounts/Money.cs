using System.Globalization;
using Docket.Core.Utility;

namespace Docket.Core.Amounts;

/// <summary>An amount of money in one ISO 4217 currency.</summary>
/// <remarks>
/// The amount is a <see cref="decimal"/> in major units and never passes through <see cref="double"/>. The
/// currency is three upper-case ASCII letters. <c>default</c> is not a valid value (its currency is null).
/// </remarks>
public readonly record struct Money
{
    /// <summary>Creates an amount.</summary>
    /// <exception cref="ArgumentException">The currency is not three upper-case ASCII letters.</exception>
    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        Preconditions.CheckArgument(
            currency.Length == 3 && currency.All(char.IsAsciiLetterUpper), nameof(currency), "Currency must be an ISO 4217 code.");
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount in major units (dollars, euros).</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Currency} {Amount.ToString("#,##0.##", CultureInfo.InvariantCulture)}";
}
