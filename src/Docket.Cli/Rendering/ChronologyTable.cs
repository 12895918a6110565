using Docket.Core.CaseFiles;
using Docket.Core.Chronology;
using Spectre.Console;

namespace Docket.Cli.Rendering;

/// <summary>The chronology as a table: date (with its uncertainty), what, source, who asserts it, standing.</summary>
internal static class ChronologyTable
{
    public static void Write(TextWriter output, CaseFile file, ChronologyReport report)
    {
        var console = PlainConsole.Create(output, 140);
        var table = new Table().Title("Chronology").AddColumns("date", "between", "what", "source", "asserted by", "standing");
        foreach (var f in report.Facts)
        {
            table.AddRow(
                Markup.Escape(f.DateText),
                Markup.Escape(f.Earliest == f.Latest ? f.Earliest.ToString("yyyy-MM-dd", null) : $"{f.Earliest:yyyy-MM-dd} – {f.Latest:yyyy-MM-dd}"),
                Markup.Escape($"{f.Kind}: {Short(f.Summary, 110)}"),
                Markup.Escape(f.Span is { } s ? $"{s.Line}:{s.Column}" : f.Entry is { } e ? $"entry {e}" : "-"),
                Markup.Escape(f.AssertedBy is null ? "narrative" : file.Party(f.AssertedBy)?.Name ?? f.AssertedBy),
                Markup.Escape(f.Standing + (f.Issue is { } i ? $" (issue {i})" : string.Empty)));
        }

        console.Write(table);
        console.WriteLine($"{report.Agreed.Length} undisputed, {report.Disputed.Length} disputed.");
        foreach (var c in report.Contradictions)
        {
            console.WriteLine($"Contradiction: {c.First} and {c.Second}: {c.Explanation}");
        }
    }

    private static string Short(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
