using System.Globalization;
using Docket.Core.Utility;
using NodaTime;

namespace Docket.Core.Dates;

/// <summary>
/// A date as a narrative writes it: a year, quarter, month, day or range, possibly narrowed ("mid-", "early",
/// "late") and qualified ("by", "before", "after", "about").
/// </summary>
/// <remarks>
/// <see cref="Earliest"/> and <see cref="Latest"/> are both inclusive and bound the days the written date can
/// designate; "mid-2022" is 1 May to 31 August 2022, "Q3 2022" is 1 July to 30 September 2022. The qualifier is
/// kept separate: "by June 2022" has the interval of June 2022 and <see cref="DateQualifier.By"/>. Values are
/// immutable. <c>default</c> is not a valid value (its dates are 1 January of year 1 and precision Year).
/// </remarks>
public readonly record struct ImpreciseDate
{
    /// <summary>Creates a date from its bounds.</summary>
    /// <exception cref="ArgumentException"><paramref name="latest"/> precedes <paramref name="earliest"/>.</exception>
    public ImpreciseDate(LocalDate earliest, LocalDate latest, DatePrecision precision, DateQualifier qualifier)
    {
        Preconditions.CheckArgument(latest >= earliest, nameof(latest), "Latest must not precede earliest.");
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        Qualifier = qualifier;
    }

    /// <summary>First day the date can designate (inclusive).</summary>
    public LocalDate Earliest { get; }

    /// <summary>Last day the date can designate (inclusive).</summary>
    public LocalDate Latest { get; }

    /// <summary>How finely it was written.</summary>
    public DatePrecision Precision { get; }

    /// <summary>How it relates to the moment described.</summary>
    public DateQualifier Qualifier { get; }

    /// <summary>A whole year.</summary>
    public static ImpreciseDate ForYear(int year, DateQualifier qualifier = DateQualifier.On) =>
        new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year, qualifier);

    /// <summary>A whole month.</summary>
    public static ImpreciseDate ForMonth(int year, int month, DateQualifier qualifier = DateQualifier.On)
    {
        var first = new LocalDate(year, month, 1);
        return new(first, first.PlusMonths(1).PlusDays(-1), DatePrecision.Month, qualifier);
    }

    /// <summary>A calendar quarter, 1 to 4.</summary>
    public static ImpreciseDate ForQuarter(int year, int quarter, DateQualifier qualifier = DateQualifier.On)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new(first, first.PlusMonths(3).PlusDays(-1), DatePrecision.Quarter, qualifier);
    }

    /// <summary>A single day.</summary>
    public static ImpreciseDate ForDay(LocalDate day, DateQualifier qualifier = DateQualifier.On) =>
        new(day, day, DatePrecision.Day, qualifier);

    /// <summary>Returns a copy with another qualifier.</summary>
    public ImpreciseDate WithQualifier(DateQualifier qualifier) => new(Earliest, Latest, Precision, qualifier);

    /// <summary>
    /// The written date at the precision that covers it: <c>YYYY-MM-DD</c> for a day, <c>YYYY-MM</c> for a
    /// month (also a narrowed month such as "mid-June"), and <c>YYYY</c> for anything coarser, a quarter or a
    /// range (a range that crosses years gives its first year).
    /// </summary>
    public string Value => Precision switch
    {
        DatePrecision.Day => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Range when Earliest.Year == Latest.Year && Earliest.Month == Latest.Month
            => Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Earliest.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Orders dates by earliest day, then by latest day, so a month sorts before the days inside it.</summary>
    public static int Compare(ImpreciseDate left, ImpreciseDate right)
    {
        var byStart = left.Earliest.CompareTo(right.Earliest);
        return byStart != 0 ? byStart : right.Latest.CompareTo(left.Latest);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Qualifier.ToString().ToLowerInvariant()} {Value}";
}
