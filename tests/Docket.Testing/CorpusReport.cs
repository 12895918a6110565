using System.Globalization;
using System.Text;
using System.Text.Json;
using Docket.Intake;

namespace Docket.Testing;

/// <summary>Runs intake over every narrative that has an expectation file and totals the field scores.</summary>
public static class CorpusReport
{
    /// <summary>One scored file.</summary>
    public sealed record FileResult(string Name, List<FieldScore> Scores);

    /// <summary>Scores each <c>NAME.expected.json</c> in <paramref name="expectations"/> against intake of <c>NAME.*</c> in <paramref name="narratives"/>.</summary>
    public static List<FileResult> Run(string narratives, string expectations)
    {
        var results = new List<FileResult>();
        foreach (var expectedPath in Directory.GetFiles(expectations, "*.expected.json").Order(StringComparer.Ordinal))
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
            var file = expected.RootElement.GetProperty("file").GetString()!;
            var narrative = Path.Combine(narratives, file);
            var intake = CaseIntake.Read(file, File.ReadAllBytes(narrative));
            var scores = intake.Case is null ? [] : CaseScorer.Score(intake.Case, expected.RootElement);
            results.Add(new FileResult(file, scores));
        }

        return results;
    }

    /// <summary>For each file of <paramref name="expectations"/>, what intake missed and added in <paramref name="field"/> (the scorer's keys).</summary>
    public static string FormatDifferences(string narratives, string expectations, string field)
    {
        var b = new StringBuilder();
        foreach (var expectedPath in Directory.GetFiles(expectations, "*.expected.json").Order(StringComparer.Ordinal))
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
            var file = expected.RootElement.GetProperty("file").GetString()!;
            var intake = CaseIntake.Read(file, File.ReadAllBytes(Path.Combine(narratives, file)));
            if (intake.Case is null)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"{file}: no case");
                continue;
            }

            var (missed, added) = CaseScorer.Differences(intake.Case, expected.RootElement, field);
            b.AppendLine(CultureInfo.InvariantCulture, $"{file}:");
            b.AppendJoin(string.Empty, missed.Select(m => $"  - {m}{Environment.NewLine}"));
            b.AppendJoin(string.Empty, added.Select(a => $"  + {a}{Environment.NewLine}"));
        }

        return b.ToString();
    }

    /// <summary>Per-field totals over all files.</summary>
    public static List<FieldScore> Totals(IEnumerable<FileResult> results) =>
        [.. results.SelectMany(r => r.Scores).GroupBy(s => s.Field).Select(g => g.Aggregate((a, b) => a.Plus(b)))];

    /// <summary>Micro-averaged F1 over the given fields.</summary>
    public static double MicroF1(IEnumerable<FieldScore> totals, IReadOnlySet<string>? fields = null)
    {
        var selected = totals.Where(t => fields is null || fields.Contains(t.Field)).ToList();
        var sum = new FieldScore("all", selected.Sum(s => s.TruePositives), selected.Sum(s => s.FalsePositives), selected.Sum(s => s.FalseNegatives));
        return sum.F1;
    }

    /// <summary>A plain-text table of the totals.</summary>
    public static string Format(IEnumerable<FileResult> results)
    {
        var list = results.ToList();
        var totals = Totals(list);
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{"field",-20} {"tp",5} {"fp",5} {"fn",5} {"P",6} {"R",6} {"F1",6}");
        foreach (var t in totals)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{t.Field,-20} {t.TruePositives,5} {t.FalsePositives,5} {t.FalseNegatives,5} {t.Precision,6:0.000} {t.Recall,6:0.000} {t.F1,6:0.000}");
        }

        b.AppendLine(CultureInfo.InvariantCulture, $"core micro-F1 (parties with roles, dates, amounts, standards, positions): {MicroF1(totals, CaseScorer.CoreFields):0.000}");
        b.AppendLine(CultureInfo.InvariantCulture, $"all-fields micro-F1: {MicroF1(totals):0.000}");
        foreach (var r in list)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"  {r.Name,-34} core F1 {MicroF1(r.Scores, CaseScorer.CoreFields):0.000}  all {MicroF1(r.Scores):0.000}");
        }

        return b.ToString();
    }
}
