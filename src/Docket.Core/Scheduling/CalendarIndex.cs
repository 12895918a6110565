using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>
/// Working-day arithmetic on day boundaries, in O(1): boundary <c>b</c> is the start of day <c>b</c> counted from the
/// schedule's start (negative before it). Built once per calendar over ten years before the start and fifty after.
/// </summary>
internal sealed class CalendarIndex
{
    public const int Before = 3_660;
    public const int After = 18_300;

    private readonly int[] _prefix;   // working days in [−Before, −Before + i)
    private readonly int[] _nth;      // the day of the j-th working day, counted from −Before

    // Indexes are immutable: one per calendar instance and start, shared by every computation (a time impact
    // analysis recomputes the same schedule a hundred times).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorkCalendar, System.Collections.Concurrent.ConcurrentDictionary<LocalDate, CalendarIndex>> Cache = [];

    /// <summary>The index of <paramref name="calendar"/> from <paramref name="start"/>, built once.</summary>
    public static CalendarIndex For(WorkCalendar calendar, LocalDate start) =>
        Cache.GetValue(calendar, _ => new()).GetOrAdd(start, s => new CalendarIndex(calendar, s));

    public CalendarIndex(WorkCalendar calendar, LocalDate start)
    {
        var span = Before + After;
        _prefix = new int[span + 1];
        var nth = new List<int>(span);
        for (var i = 0; i < span; i++)
        {
            var working = calendar.IsWorking(start.PlusDays(i - Before));
            _prefix[i + 1] = _prefix[i] + (working ? 1 : 0);
            if (working)
            {
                nth.Add(i - Before);
            }
        }

        _nth = [.. nth];
        if (_nth.Length == 0)
        {
            throw new ScheduleException([new ScheduleError(ScheduleErrorCodes.BadCalendar, calendar.Id, "the calendar has no working day.")]);
        }
    }

    /// <summary>Working days in [0, <paramref name="boundary"/>) less those before 0: a signed count.</summary>
    public int Count(int boundary) => _prefix[Clamp(boundary + Before, _prefix.Length - 1)] - _prefix[Before];

    /// <summary>The start of the first working day at or after <paramref name="boundary"/>.</summary>
    public int NextStart(int boundary) => Day(Count(boundary));

    /// <summary>The end of the last working day before <paramref name="boundary"/>.</summary>
    public int PreviousEnd(int boundary) => Day(Count(boundary) - 1) + 1;

    /// <summary>The boundary after <paramref name="days"/> working days from <paramref name="boundary"/> (or before it, when negative).</summary>
    public int Shift(int boundary, int days) => days switch
    {
        0 => boundary,
        > 0 => Day(Count(boundary) + days - 1) + 1,
        _ => Day(Count(boundary) + days),
    };

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public int Between(int from, int to) => Count(to) - Count(from);

    private int Day(int workingIndex)
    {
        var j = workingIndex + _prefix[Before];
        if (j < 0 || j >= _nth.Length)
        {
            throw new ScheduleException([new ScheduleError(ScheduleErrorCodes.OutOfRange, "(schedule)", $"dates run beyond {Before / 366} years before or {After / 366} years after the start.")]);
        }

        return _nth[j];
    }

    private static int Clamp(int i, int max)
    {
        if (i < 0 || i > max)
        {
            throw new ScheduleException([new ScheduleError(ScheduleErrorCodes.OutOfRange, "(schedule)", $"dates run beyond {Before / 366} years before or {After / 366} years after the start.")]);
        }

        return i;
    }
}
