namespace Docket.Core.Clocks;

/// <summary>How a clock's period is counted.</summary>
public enum PeriodUnit
{
    /// <summary>Elapsed hours: weekends and holidays count.</summary>
    Hours,
    /// <summary>Calendar days after the trigger's day, ending at the end of the last day.</summary>
    CalendarDays,
    /// <summary>Business days of the rule's calendar after the trigger's day.</summary>
    BusinessDays,
    /// <summary>Months: the same-numbered day of the last month (or its last day), at the end of that day.</summary>
    Months,
    /// <summary>Immediately: no period.</summary>
    Immediately,
    /// <summary>Without undue delay: no fixed period.</summary>
    WithoutUndueDelay,
    /// <summary>As soon as feasible: no fixed period.</summary>
    AsSoonAsFeasible,
    /// <summary>The rule states no period at all.</summary>
    NoFixedPeriod,
}
