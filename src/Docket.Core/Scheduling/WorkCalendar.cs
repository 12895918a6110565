using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>Which days are worked: the working weekdays, less the holidays.</summary>
/// <param name="Id">Unique within the schedule.</param>
/// <param name="WorkingDays">Weekdays worked (Monday to Friday by default).</param>
/// <param name="Holidays">Dates not worked.</param>
public sealed record WorkCalendar(string Id, ImmutableArray<IsoDayOfWeek> WorkingDays, ImmutableHashSet<LocalDate> Holidays)
{
    /// <summary>Monday to Friday, no holidays.</summary>
    public static WorkCalendar Weekdays(string id = "standard") =>
        new(id, [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], []);

    /// <summary>Every day worked (calendar days).</summary>
    public static WorkCalendar EveryDay(string id = "continuous") =>
        new(id, [.. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)], []);

    /// <summary>True when <paramref name="date"/> is worked.</summary>
    public bool IsWorking(LocalDate date) => WorkingDays.Contains(date.DayOfWeek) && !Holidays.Contains(date);
}
