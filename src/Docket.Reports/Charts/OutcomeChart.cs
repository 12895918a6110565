using System.Globalization;
using Docket.Core.Exposure;
using ScottPlot;

namespace Docket.Reports.Charts;

/// <summary>
/// The Monte Carlo outcome distribution as a histogram. Bars stand at their bin's index and are labelled with the bin's
/// lower bound in money, formatted from the decimal: no amount passes through a double.
/// </summary>
internal static class OutcomeChart
{
    public static string? Svg(MonteCarloResult? distribution, string currency)
    {
        if (distribution is null || distribution.Histogram.IsEmpty)
        {
            return null;
        }

        var bins = distribution.Histogram;
        var plot = new Plot();
        var bars = plot.Add.Bars([.. bins.Select((_, i) => (double)i)], [.. bins.Select(b => (double)b.Count)]);
        bars.Color = Colors.SteelBlue;
        var every = Math.Max(1, bins.Length / 8);
        var ticks = bins.Select((b, i) => (b, i)).Where(x => x.i % every == 0).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks.Select(x => (double)x.i)], [.. ticks.Select(x => Compact(x.b.From))]);
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Outcome distribution ({distribution.Trials:N0} trials, seed {distribution.Seed})"));
        plot.XLabel($"award ({ChartSvg.Label(currency)}), lower bound of each bin");
        plot.YLabel("trials");
        plot.Axes.Margins(bottom: 0);
        return ChartSvg.Inline(plot, 900, 360, "outcome");
    }

    // 1250000 -> "1.25M", 48000 -> "48k".
    private static string Compact(decimal amount) => Math.Abs(amount) switch
    {
        >= 1_000_000m => (amount / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 1_000m => (amount / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => amount.ToString("0", CultureInfo.InvariantCulture),
    };
}
