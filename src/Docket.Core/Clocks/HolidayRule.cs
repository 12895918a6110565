using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>A public holiday as a rule: a fixed date, the nth weekday of a month (−1: the last), or days from Easter Sunday.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Month">The month, for fixed and weekday rules.</param>
/// <param name="Day">The day of a fixed date.</param>
/// <param name="Weekday">The weekday of an nth-weekday rule.</param>
/// <param name="Nth">Which one (1 to 5, or −1 for the last).</param>
/// <param name="EasterOffset">Days from Easter Sunday (Good Friday −2).</param>
/// <param name="FromYear">First year it is kept.</param>
public sealed record HolidayRule(string Name, int? Month, int? Day, IsoDayOfWeek? Weekday, int? Nth, int? EasterOffset, int? FromYear)
{
    /// <summary>Its date in <paramref name="year"/>, before any weekend substitution; null when not kept that year.</summary>
    public LocalDate? In(int year)
    {
        if (FromYear is { } from && year < from)
        {
            return null;
        }

        if (EasterOffset is { } offset)
        {
            return Easter(year).PlusDays(offset);
        }

        if (Month is not { } month)
        {
            return null;
        }

        if (Day is { } day)
        {
            return new LocalDate(year, month, day);
        }

        if (Weekday is { } weekday && Nth is { } nth)
        {
            if (nth > 0)
            {
                var first = new LocalDate(year, month, 1);
                var shift = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
                var date = first.PlusDays(shift + ((nth - 1) * 7));
                return date.Month == month ? date : null;
            }

            var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
            return last.PlusDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        return null;
    }

    // Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
    private static LocalDate Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
