using System.Text.RegularExpressions;

namespace Docket.Reports.Charts;

/// <summary>What the charts share: labels safe to put in SVG text, and the SVG element without its XML declaration.</summary>
internal static partial class ChartSvg
{
    /// <summary>
    /// A label made only of letters, digits and a few marks: chart labels are ids ("P1", "A12"), never narrative text,
    /// and whatever else reaches one is reduced to those characters rather than trusted to the SVG writer's escaping.
    /// </summary>
    public static string Label(string text) => Unsafe().Replace(text, string.Empty) is { Length: > 0 } safe ? safe[..Math.Min(safe.Length, 24)] : "?";

    /// <summary>
    /// The plot as an inline &lt;svg&gt; element. ScottPlot numbers its clip paths (in hex) from a counter that lives as long as
    /// the process, so they are numbered again from 1 under <paramref name="name"/>: the same chart gives the same bytes,
    /// and two charts on one page keep distinct ids.
    /// </summary>
    public static string Inline(ScottPlot.Plot plot, int width, int height, string name)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start < 0 ? svg : svg[start..];
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id))
            {
                ids[m.Value] = id = $"{name}-clip-{ids.Count + 1}";
            }

            return id;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"[^A-Za-z0-9 ._\-]")]
    private static partial Regex Unsafe();
}
