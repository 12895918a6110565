using Docket.Core.CaseFiles;
using Docket.Core.Compliance;
using Docket.Core.Utility;
using Spectre.Console;

namespace Docket.Cli.Rendering;

/// <summary>The compliance report for people: obligations with status and reasons, coverage per standard, gaps, open questions.</summary>
internal static class ComplianceTable
{
    public static void Write(TextWriter output, CaseFile file, ComplianceReport report)
    {
        var console = PlainConsole.Create(output, 140);
        var obligations = new Table().Title("Obligations").AddColumns("id", "owed by", "topic", "status", "why (source words)", "requirements", "would settle it");
        foreach (var a in report.Assessments)
        {
            var why = a.Reasons.Skip(1).Where(r => r.Quote is not null).Take(2)
                .Select(r => $"{r.Text} \"{Short(r.Quote!, 140)}\"" + (r.Span is { } s ? $" ({s.Line}:{s.Column})" : r.Entry is { } e ? $" (entry {e})" : string.Empty))
                .DefaultIfEmpty(a.Reasons.Length > 1 ? a.Reasons[1].Text : string.Empty);
            var verdicts = a.Verdicts.Select(v => $"{v.Against}: {KebabCase.Name(v.Verdict)}");
            obligations.AddRow(
                Markup.Escape(a.ObligationId),
                Markup.Escape(file.Party(a.ObligorId)?.Name ?? a.ObligorId ?? "?"),
                Markup.Escape(KebabCase.Name(a.Topic)),
                Markup.Escape(KebabCase.Name(a.Status)),
                Markup.Escape(string.Join("\n", why.Concat(verdicts))),
                Markup.Escape(a.Requirements.Length == 0 ? "-" : $"{a.Requirements.Length}: " + string.Join(", ", a.Requirements.Take(4).Select(r => $"{r.CatalogName} {r.RequirementId}")) + (a.Requirements.Length > 4 ? ", …" : string.Empty)),
                Markup.Escape(a.OpenQuestions.FirstOrDefault() ?? "-"));
        }

        console.Write(obligations);
        if (report.Coverage.IsEmpty)
        {
            console.WriteLine("The case names no standard or law Docket has a catalog for.");
            return;
        }

        var coverage = new Table().Title("Coverage per standard").AddColumns("standard", "requirements", "addressed", "met", "partial", "unmet", "disputed", "unknown");
        foreach (var c in report.Coverage)
        {
            coverage.AddRow(Markup.Escape($"{c.Name} {c.Version}"), c.Requirements.ToString(), $"{c.Addressed} ({c.AddressedShare:P0})",
                c.Met.ToString(), c.Partial.ToString(), c.Unmet.ToString(), c.Disputed.ToString(), c.Unknown.ToString());
        }

        console.Write(coverage);
        console.WriteLine($"Gaps ({report.Gaps.Length}):");
        foreach (var gap in report.Gaps)
        {
            console.WriteLine("  " + gap.Explanation);
        }
    }

    private static string Short(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
