using System.Collections.Concurrent;
using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>
/// A jurisdiction's working days: its weekend, its public holidays (as rules), and how a holiday that falls on a
/// weekend is observed: on the nearest weekday (US federal: Saturday's on Friday, Sunday's on Monday), on the next
/// free weekday (England: substitute days), or not at all.
/// </summary>
/// <param name="Id">"us-federal", "uk-england", "eu" …</param>
/// <param name="Name">What it is.</param>
/// <param name="TimeZone">Its time zone (IANA).</param>
/// <param name="Weekend">The days not worked each week.</param>
/// <param name="Observed">nearest-weekday, next-weekday or none.</param>
/// <param name="Holidays">The holiday rules.</param>
public sealed record BusinessCalendar(string Id, string Name, string TimeZone, ImmutableArray<IsoDayOfWeek> Weekend, string Observed, ImmutableArray<HolidayRule> Holidays)
{
    private readonly ConcurrentDictionary<int, ImmutableHashSet<LocalDate>> _byYear = new();

    /// <summary>The observed holidays of <paramref name="year"/>.</summary>
    public ImmutableHashSet<LocalDate> HolidaysIn(int year) => _byYear.GetOrAdd(year, y =>
    {
        var days = new HashSet<LocalDate>();
        foreach (var date in Holidays.Select(h => h.In(y)).OfType<LocalDate>().Order())
        {
            var observed = date;
            if (Weekend.Contains(date.DayOfWeek))
            {
                observed = Observed switch
                {
                    "nearest-weekday" => date.DayOfWeek == IsoDayOfWeek.Saturday ? date.PlusDays(-1) : date.PlusDays(1),
                    "next-weekday" => NextFree(date, days),
                    _ => date,
                };
            }

            days.Add(observed);
            days.Add(date);
        }

        return [.. days];
    });

    /// <summary>True when <paramref name="date"/> is a working day.</summary>
    public bool IsBusinessDay(LocalDate date) => !Weekend.Contains(date.DayOfWeek) && !HolidaysIn(date.Year).Contains(date);

    /// <summary>The <paramref name="count"/>th working day after <paramref name="date"/> (not counting it).</summary>
    public LocalDate AddBusinessDays(LocalDate date, int count)
    {
        var day = date;
        for (var n = 0; n < count;)
        {
            day = day.PlusDays(1);
            if (IsBusinessDay(day))
            {
                n++;
            }
        }

        return day;
    }

    /// <summary><paramref name="date"/>, or the next working day when it is not one.</summary>
    public LocalDate OnOrNextBusinessDay(LocalDate date)
    {
        var day = date;
        while (!IsBusinessDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    private LocalDate NextFree(LocalDate date, HashSet<LocalDate> taken)
    {
        var day = date;
        while (Weekend.Contains(day.DayOfWeek) || taken.Contains(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }
}
