using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>When something happened, as precisely as the record says: an instant, or the span of a day or month.</summary>
/// <param name="Text">As written ("2023-07-12T09:30", "2023-07-12", "2023-07").</param>
/// <param name="Earliest">The first instant it can mean.</param>
/// <param name="Latest">The last instant it can mean (exclusive end of a day or month).</param>
public sealed record IncidentTime(string Text, Instant Earliest, Instant Latest)
{
    /// <summary>True when it names one instant.</summary>
    public bool IsExact => Earliest == Latest;

    /// <summary>Reads "yyyy-MM-ddTHH:mm[:ss]", "yyyy-MM-dd" or "yyyy-MM" in <paramref name="zone"/>; null when it is none of these.</summary>
    public static IncidentTime? Parse(string text, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        var t = text.Trim();
        foreach (var pattern in new[] { "uuuu'-'MM'-'dd'T'HH':'mm':'ss", "uuuu'-'MM'-'dd'T'HH':'mm" })
        {
            if (NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture(pattern).Parse(t) is { Success: true } at)
            {
                var instant = at.Value.InZoneLeniently(zone).ToInstant();
                return new IncidentTime(t, instant, instant);
            }
        }

        if (NodaTime.Text.LocalDatePattern.Iso.Parse(t) is { Success: true } day)
        {
            return new IncidentTime(t, zone.AtStartOfDay(day.Value).ToInstant(), zone.AtStartOfDay(day.Value.PlusDays(1)).ToInstant());
        }

        if (NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM").Parse(t) is { Success: true } month)
        {
            return new IncidentTime(t, zone.AtStartOfDay(month.Value).ToInstant(), zone.AtStartOfDay(month.Value.PlusMonths(1)).ToInstant());
        }

        return null;
    }
}
