using Docket.Core.CaseFiles;
using Docket.Intake;
using Docket.Intake.Json;
using Docket.Reports.Dossiers;
using Docket.Testing;
using NodaTime;
using Xunit;

namespace Docket.Reports.Tests;

/// <summary>The narratives the dossier tests render: every example case and every seed, read by intake.</summary>
internal static class DossierCases
{
    public static readonly LocalDate AsOf = new(2026, 12, 1);

    public static IEnumerable<string> Paths()
    {
        var examples = Directory.GetFiles(RepositoryPaths.Combine("examples", "cases")).Order(StringComparer.Ordinal);
        IEnumerable<string> seeds = RepositoryPaths.Shared is { } shared ? Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal) : [];
        return examples.Concat(seeds);
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var path in Paths())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    public static string PathOf(string name) => Paths().Single(p => Path.GetFileName(p) == name);

    public static Dossier Build(string name, IReadOnlyDictionary<string, string>? assumptions = null) => FromText(name, null, assumptions);

    /// <summary>The dossier of a narrative given as text (or of the named file when <paramref name="text"/> is null).</summary>
    public static Dossier FromText(string name, string? text, IReadOnlyDictionary<string, string>? assumptions = null)
    {
        var result = text is null ? CaseIntake.Read(name, File.ReadAllBytes(PathOf(name))) : CaseIntake.ReadText(name, text);
        var json = CaseJsonWriter.Write(result);
        return DossierBuilder.Build(new DossierInput(json, CaseFile.Parse(json), AsOf)
        {
            Assumptions = assumptions ?? new Dictionary<string, string>(),
        });
    }
}
