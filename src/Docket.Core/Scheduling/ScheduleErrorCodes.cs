namespace Docket.Core.Scheduling;

/// <summary>The stable codes of schedule errors. A code is never reused for another meaning.</summary>
public static class ScheduleErrorCodes
{
    /// <summary>Two activities share an id.</summary>
    public const string DuplicateActivity = "SCH001";

    /// <summary>A link names an activity the schedule does not have.</summary>
    public const string UnknownActivity = "SCH002";

    /// <summary>The links form a cycle.</summary>
    public const string Cycle = "SCH003";

    /// <summary>Dates out of order: finish before start, actuals after the data date, a constraint without its date.</summary>
    public const string DatesOutOfOrder = "SCH004";

    /// <summary>A negative duration, or a link from an activity to itself.</summary>
    public const string BadValue = "SCH005";

    /// <summary>An activity names an unknown calendar, or a calendar has no working day.</summary>
    public const string BadCalendar = "SCH006";

    /// <summary>The schedule's dates run beyond the range Docket computes over.</summary>
    public const string OutOfRange = "SCH007";

    /// <summary>A schedule file could not be read (syntax, a missing or wrong field).</summary>
    public const string BadFile = "SCH008";
}
