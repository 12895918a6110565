using Docket.Core.Clocks;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Docket.Cli.Rendering;

/// <summary>The open deadlines as an iCalendar file (RFC 5545): one event at each deadline, stamped with the as-of date so the file is the same for the same facts.</summary>
internal static class ClockCalendar
{
    public static string Write(ClockReport report)
    {
        var calendar = new Calendar { ProductId = "-//Docket//clocks//EN" };
        var stamp = new CalDateTime(DateTime.SpecifyKind(report.AsOf.ToDateTimeUnspecified(), DateTimeKind.Utc));
        foreach (var duty in report.Duties.Where(d => d.Status == "open" && d.DeadlineLatest is not null))
        {
            var at = DateTime.SpecifyKind(duty.DeadlineLatest!.Value.ToDateTimeUtc(), DateTimeKind.Utc);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{duty.RuleId}.{new string([.. duty.Obligor.Where(char.IsLetterOrDigit)])}@docket",
                Summary = $"Deadline: {duty.Citation}: {duty.Obligor} to notify {duty.Recipient}",
                Description = $"{duty.Period} from {duty.Trigger}. {duty.Late}. Rule version: {duty.Version}." + (duty.Note is null ? string.Empty : " " + duty.Note),
                DtStart = new CalDateTime(at),
                DtEnd = new CalDateTime(at),
                DtStamp = stamp,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
