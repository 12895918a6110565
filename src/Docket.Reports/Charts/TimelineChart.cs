using System.Globalization;
using Docket.Core.Chronology;
using Docket.Core.Delay;
using NodaTime;
using ScottPlot;

namespace Docket.Reports.Charts;

/// <summary>
/// The chronology as a timeline: one lane per party asserting facts (the narrator first), each fact at the middle of
/// the days its date can mean, disputed facts in red; an imprecise date also draws its range. And, where a schedule
/// gives them, each activity's planned against actual dates.
/// </summary>
internal static class TimelineChart
{
    // Ranges are drawn for this many imprecise facts at most: beyond it the chart is unreadable and the table gives each.
    private const int MaxRanges = 400;

    // At most this many activities in the planned-against-actual chart, in planned order.
    private const int MaxActivities = 60;

    public static string? Facts(ChronologyReport chronology)
    {
        if (chronology.Facts.IsEmpty)
        {
            return null;
        }

        var lanes = chronology.Facts.Select(f => f.AssertedBy ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var plot = new Plot();
        var ranges = 0;
        foreach (var f in chronology.Facts.Where(f => f.Latest > f.Earliest))
        {
            if (ranges++ == MaxRanges)
            {
                break;
            }

            var y = lanes.IndexOf(f.AssertedBy ?? string.Empty);
            var line = plot.Add.Line(X(f.Earliest), y, X(f.Latest.PlusDays(1)), y);
            line.LineWidth = 3;
            line.Color = (f.Standing == "disputed" ? Colors.Red : Colors.SteelBlue).WithAlpha(0.35);
            line.MarkerSize = 0;
        }

        foreach (var standing in (string[])["undisputed", "disputed"])
        {
            var points = chronology.Facts.Where(f => f.Standing == standing).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            double[] xs = [.. points.Select(f => Middle(f.Earliest, f.Latest))];
            double[] ys = [.. points.Select(f => (double)lanes.IndexOf(f.AssertedBy ?? string.Empty))];
            var scatter = plot.Add.ScatterPoints(xs, ys);
            scatter.Color = standing == "disputed" ? Colors.Red : Colors.SteelBlue;
            scatter.MarkerSize = 7;
            scatter.LegendText = standing;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. lanes.Select((_, i) => (double)i)], [.. lanes.Select(l => l.Length == 0 ? "narrator" : ChartSvg.Label(l))]);
        plot.Axes.SetLimitsY(-0.75, lanes.Count - 0.25);
        plot.Title("Chronology");
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartSvg.Inline(plot, 900, 120 + (60 * lanes.Count), "timeline");
    }

    public static string? PlannedAgainstActual(AsBuiltResult? asBuilt)
    {
        if (asBuilt is null || asBuilt.Variances.IsEmpty)
        {
            return null;
        }

        var activities = asBuilt.Variances.OrderBy(v => v.PlannedStart).ThenBy(v => v.Id, StringComparer.Ordinal).Take(MaxActivities).ToList();
        var plot = new Plot();
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            var planned = plot.Add.Line(X(a.PlannedStart), i - 0.15, X(a.PlannedFinish.PlusDays(1)), i - 0.15);
            planned.LineWidth = 5;
            planned.Color = Colors.Gray;
            planned.MarkerSize = 0;
            var actual = plot.Add.Line(X(a.ActualStart), i + 0.15, X(a.ActualFinish.PlusDays(1)), i + 0.15);
            actual.LineWidth = 5;
            actual.Color = a.FinishVarianceDays > 0 ? Colors.OrangeRed : Colors.SeaGreen;
            actual.MarkerSize = 0;
            if (i == 0)
            {
                planned.LegendText = "planned";
                actual.LegendText = "actual (or forecast)";
            }
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. activities.Select((_, i) => (double)i)], [.. activities.Select(a => ChartSvg.Label(a.Id))]);
        plot.Axes.SetLimitsY(activities.Count - 0.5, -0.5);
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Planned against actual ({activities.Count} of {asBuilt.Variances.Length} activities)"));
        plot.ShowLegend(Alignment.LowerRight);
        return ChartSvg.Inline(plot, 900, 120 + (26 * activities.Count), "planned-actual");
    }

    // Chart coordinates only: days as OLE automation dates, the scale ScottPlot's date axis reads.
    private static double X(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();

    private static double Middle(LocalDate earliest, LocalDate latest) => (X(earliest) + X(latest.PlusDays(1))) / 2;
}
