using Docket.Core.Clocks;
using Spectre.Console;

namespace Docket.Cli.Rendering;

/// <summary>The clocks as a table: each duty, its deadline and status, then the missing facts.</summary>
internal static class ClockTable
{
    public static void Write(TextWriter output, ClockReport report)
    {
        var console = PlainConsole.Create(output, 160);
        var table = new Table().Title($"Notification clocks from {report.Source}, as of {report.AsOf:yyyy-MM-dd}")
            .AddColumns("duty", "owed by → to", "from", "period", "deadline", "status", "assumes / missing");
        foreach (var d in report.Duties)
        {
            table.AddRow(
                Markup.Escape($"{d.Citation}\n[{d.RuleId}, {d.Confidence}]"),
                Markup.Escape($"{d.Obligor} → {d.Recipient}"),
                Markup.Escape(d.Trigger),
                Markup.Escape(d.Period),
                Markup.Escape(d.Deadline ?? "-"),
                Markup.Escape(d.Status + (d.Late is null ? string.Empty : $" ({d.Late})")),
                Markup.Escape(string.Join("\n", d.Assumptions.Select(a => "assumes " + a).Concat(d.MissingFacts.Select(m => "missing: " + m)))));
        }

        console.Write(table);
        console.WriteLine($"{report.Duties.Count(d => d.Applies == "applies")} duties apply, {report.Duties.Count(d => d.Applies == "may-apply")} may apply; {report.NotConsidered.Length} rules left out (--json lists why).");
        if (!report.MissingFacts.IsEmpty)
        {
            console.WriteLine("Facts that would settle them:");
            foreach (var fact in report.MissingFacts)
            {
                console.WriteLine("  " + fact);
            }
        }
    }
}
