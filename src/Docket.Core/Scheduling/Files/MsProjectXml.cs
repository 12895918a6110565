using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NodaTime;

namespace Docket.Core.Scheduling.Files;

/// <summary>
/// Reads a Microsoft Project XML file (MSPDI): the project's start and status date, its calendars (working weekdays and
/// non-working exceptions), and each task that is not a summary: its ID, name, duration (converted to working days at
/// the project's minutes per day), actual dates, remaining duration, constraint and predecessor links (type and lag).
/// The party bearing a task's risk is read from its Text1 field (client, supplier, neutral or shared; supplier when
/// empty).
/// </summary>
public static partial class MsProjectXml
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/project";
    private const string Text1FieldId = "188743731";

    /// <summary>Reads <paramref name="xml"/>.</summary>
    /// <exception cref="ScheduleException">It is not MSPDI, or a task is malformed.</exception>
    public static ScheduleInput Read(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new ScheduleException($"line {ex.LineNumber}: not XML: {ex.Message}");
        }

        var project = document.Root;
        if (project is null || project.Name != Ns + "Project")
        {
            throw new ScheduleException("the file is not a Microsoft Project XML (MSPDI) document: its root must be <Project> in the namespace http://schemas.microsoft.com/project.");
        }

        var errors = ImmutableArray.CreateBuilder<ScheduleError>();
        var minutesPerDay = Int(project, "MinutesPerDay") ?? 480;
        var start = Date(project, "StartDate") ?? throw new ScheduleException("the project has no StartDate.");
        var calendars = project.Element(Ns + "Calendars")?.Elements(Ns + "Calendar").Select(Calendar).ToImmutableArray() ?? [];
        var defaultCalendar = Str(project, "CalendarUID");
        var tasks = project.Element(Ns + "Tasks")?.Elements(Ns + "Task").ToList() ?? [];
        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var task in tasks.Where(t => Str(t, "Summary") != "1" && Str(t, "ID") != "0" && Str(t, "IsNull") != "1"))
        {
            if (Str(task, "UID") is { } uid)
            {
                idOf[uid] = Str(task, "ID") ?? uid;
            }
        }

        var activities = ImmutableArray.CreateBuilder<Activity>();
        var links = ImmutableArray.CreateBuilder<Link>();
        foreach (var task in tasks.Where(t => Str(t, "UID") is { } uid && idOf.ContainsKey(uid)))
        {
            var id = idOf[Str(task, "UID")!];
            var line = ((IXmlLineInfo)task).LineNumber;
            var where = $"task {id} (line {line})";
            var duration = Days(Str(task, "Duration"), minutesPerDay, where, errors) ?? 0;
            var milestone = Str(task, "Milestone") == "1";
            var calendarUid = Str(task, "CalendarUID");
            activities.Add(new Activity(id, Str(task, "Name") ?? id, milestone ? 0 : duration, Party(task, where, errors))
            {
                Kind = milestone || duration == 0 ? ActivityKind.Milestone : ActivityKind.Task,
                Calendar = calendarUid is null or "-1" || !calendars.Any(c => c.Id == calendarUid) ? null : calendarUid,
                ActualStart = Date(task, "ActualStart"),
                ActualFinish = Date(task, "ActualFinish"),
                RemainingDuration = Str(task, "ActualStart") is not null && Str(task, "ActualFinish") is null ? Days(Str(task, "RemainingDuration"), minutesPerDay, where, errors) : null,
                Constraint = Constraint(Int(task, "ConstraintType")),
                ConstraintDate = Int(task, "ConstraintType") is > 1 ? Date(task, "ConstraintDate") : null,
            });
            foreach (var link in task.Elements(Ns + "PredecessorLink"))
            {
                var predecessor = Str(link, "PredecessorUID");
                if (predecessor is null || !idOf.TryGetValue(predecessor, out var from))
                {
                    errors.Add(new ScheduleError(ScheduleErrorCodes.UnknownActivity, where, $"its predecessor UID {predecessor} is not a task of the file (or is a summary task)."));
                    continue;
                }

                var type = Int(link, "Type") switch
                {
                    0 => LinkType.FinishToFinish,
                    2 => LinkType.StartToFinish,
                    3 => LinkType.StartToStart,
                    _ => LinkType.FinishToStart,
                };

                // LinkLag is in tenths of a minute; a lag given as a percentage (LagFormat 19, 20) is not supported.
                var lag = (int)Math.Round((Int(link, "LinkLag") ?? 0) / 10.0 / minutesPerDay, MidpointRounding.AwayFromZero);
                links.Add(new Link(from, id, type, lag));
            }
        }

        if (errors.Count > 0)
        {
            throw new ScheduleException(errors.ToImmutable());
        }

        return new ScheduleInput(
            new Schedule(Str(project, "Title") ?? Str(project, "Name") ?? "Microsoft Project schedule", start, activities.ToImmutable(), links.ToImmutable())
            {
                Calendars = calendars,
                DefaultCalendar = defaultCalendar is not null && calendars.Any(c => c.Id == defaultCalendar) ? defaultCalendar : null,
                DataDate = Date(project, "StatusDate"),
            },
            []);
    }

    private static WorkCalendar Calendar(XElement calendar)
    {
        var weekdays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        var holidays = new HashSet<LocalDate>();
        foreach (var day in calendar.Element(Ns + "WeekDays")?.Elements(Ns + "WeekDay") ?? [])
        {
            var type = Int(day, "DayType");
            var working = Str(day, "DayWorking") == "1";
            if (type is >= 1 and <= 7)
            {
                var weekday = type == 1 ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(type.Value - 1);
                if (working)
                {
                    weekdays.Add(weekday);
                }
                else
                {
                    weekdays.Remove(weekday);
                }
            }
            else if (type == 0 && !working)
            {
                AddRange(day.Element(Ns + "TimePeriod"), holidays);
            }
        }

        foreach (var exception in calendar.Element(Ns + "Exceptions")?.Elements(Ns + "Exception") ?? [])
        {
            if (Str(exception, "DayWorking") != "1")
            {
                AddRange(exception.Element(Ns + "TimePeriod"), holidays);
            }
        }

        return new WorkCalendar(Str(calendar, "UID") ?? "calendar", [.. weekdays.Order()], [.. holidays]);
    }

    private static void AddRange(XElement? period, HashSet<LocalDate> days)
    {
        if (period is null || Date(period, "FromDate") is not { } from || Date(period, "ToDate") is not { } to)
        {
            return;
        }

        for (var d = from; d <= to && days.Count < 10_000; d = d.PlusDays(1))
        {
            days.Add(d);
        }
    }

    private static Responsibility Party(XElement task, string where, ImmutableArray<ScheduleError>.Builder errors)
    {
        var text = task.Elements(Ns + "ExtendedAttribute").FirstOrDefault(a => Str(a, "FieldID") == Text1FieldId) is { } attribute ? Str(attribute, "Value") : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Responsibility.Supplier;
        }

        if (Enum.TryParse<Responsibility>(text.Trim(), ignoreCase: true, out var party) && Enum.IsDefined(party))
        {
            return party;
        }

        errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, $"Text1: '{text}' is not client, supplier, neutral or shared."));
        return Responsibility.Supplier;
    }

    private static ConstraintKind Constraint(int? type) => type switch
    {
        2 => ConstraintKind.MustStartOn,
        3 => ConstraintKind.MustFinishOn,
        4 => ConstraintKind.StartNoEarlierThan,
        5 => ConstraintKind.StartNoLaterThan,
        6 => ConstraintKind.FinishNoEarlierThan,
        7 => ConstraintKind.FinishNoLaterThan,
        _ => ConstraintKind.None,
    };

    // "PT24H0M0S" at 480 minutes a day is 3 days; "P2DT4H" counts days of 24 hours as Project writes them.
    private static int? Days(string? duration, int minutesPerDay, string where, ImmutableArray<ScheduleError>.Builder errors)
    {
        if (duration is null)
        {
            return null;
        }

        var m = IsoDuration().Match(duration);
        if (!m.Success)
        {
            errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, $"Duration: '{duration}' is not an ISO 8601 duration (PT24H0M0S)."));
            return null;
        }

        double Part(string name) => m.Groups[name].Success ? double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = (Part("d") * 24 * 60) + (Part("h") * 60) + Part("m") + (Part("s") / 60);
        return (int)Math.Round(minutes / minutesPerDay, MidpointRounding.AwayFromZero);
    }

    private static string? Str(XElement parent, string name) => parent.Element(Ns + name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static int? Int(XElement parent, string name) =>
        int.TryParse(Str(parent, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static LocalDate? Date(XElement parent, string name) =>
        Str(parent, name) is { Length: >= 10 } text && NodaTime.Text.LocalDatePattern.Iso.Parse(text[..10]) is { Success: true } parsed ? parsed.Value : null;

    [GeneratedRegex(@"^-?P(?:(?<d>\d+(?:\.\d+)?)D)?(?:T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<m>\d+(?:\.\d+)?)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDuration();
}
