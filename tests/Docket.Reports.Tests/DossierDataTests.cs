using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Docket.Reports.Csv;
using Docket.Reports.Json;
using Json.Schema;
using Xunit;

namespace Docket.Reports.Tests;

/// <summary>The dossier as JSON (against its published schema) and as CSV.</summary>
public sealed class DossierDataTests
{
    public static TheoryData<string> Cases => DossierCases.Names();

    private static readonly JsonSchema Schema = JsonSchema.FromText(DossierJson.SchemaDocument());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_EveryCase_ValidatesAgainstThePublishedSchema(string name)
    {
        var dossier = DossierCases.Build(name, new Dictionary<string, string> { ["p-liability"] = "0.6", ["trials"] = "2000" });
        var json = DossierJson.Write(dossier);
        var result = Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(dossier.Chronology.Facts.Length, root.GetProperty("chronology").GetProperty("facts").GetArrayLength());
        Assert.Equal(dossier.Compliance.Assessments.Length, root.GetProperty("compliance").GetProperty("assessments").GetArrayLength());
        Assert.Equal(dossier.Issues.Length, root.GetProperty("issues").GetArrayLength());
        Assert.Equal(dossier.Cover.Title, root.GetProperty("cover").GetProperty("title").GetString());
        Assert.Equal(dossier.OpenQuestions.Length, root.GetProperty("openQuestions").GetArrayLength());
    }

    [Fact]
    public void Schema_RejectsADossierMissingAnAnalysis()
    {
        var node = JsonNode.Parse(DossierJson.Write(DossierCases.Build(DossierCases.Paths().Select(Path.GetFileName).First()!)))!.AsObject();
        node.Remove("clocks");
        Assert.False(Schema.Evaluate(node).IsValid);
    }

    [Fact]
    public void Write_SameDossier_GivesTheSameBytes()
    {
        var name = DossierCases.Paths().Select(Path.GetFileName).Last()!;
        Assert.Equal(DossierJson.Write(DossierCases.Build(name)), DossierJson.Write(DossierCases.Build(name)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Chronology_EveryCase_HasARowPerFactWithItsSource(string name)
    {
        var dossier = DossierCases.Build(name);
        using var reader = new CsvReader(new StringReader(DossierCsv.Chronology(dossier)), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(dossier.Chronology.Facts.Select(f => f.Id), rows.Select(r => (string)r["id"]));
        // A cell a spreadsheet would take for a formula is escaped with a leading apostrophe.
        Assert.Equal(dossier.Chronology.Facts.Select(f => f.Summary is ['=' or '+' or '-' or '@', ..] ? "'" + f.Summary : f.Summary), rows.Select(r => (string)r["summary"]));
        Assert.Equal(dossier.Chronology.Facts.Select(f => f.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), rows.Select(r => (string)r["earliest"]));
    }

    [Fact]
    public void Chronology_CellThatLooksLikeAFormula_IsEscaped()
    {
        var dossier = DossierCases.FromText("formula.md", """
            Case #4: A v B

            Parties:
            - Alpha Ltd (Client): a retailer
            - Beta LLC (Vendor): a security vendor

            Background:
            =HYPERLINK("http://example.invalid") On 1 March 2023, Alpha Ltd and Beta LLC signed a contract.
            """);
        Assert.Contains(dossier.Chronology.Facts, f => f.Summary.StartsWith("=HYPERLINK", StringComparison.Ordinal));
        var csv = DossierCsv.Chronology(dossier);
        Assert.DoesNotContain("\n=HYPERLINK", csv.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
