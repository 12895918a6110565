using System.Text.Json;
using Docket.Intake.Json;
using Docket.Testing;
using Xunit;

namespace Docket.Intake.Tests.Json;

public sealed class CaseJsonWriterTests
{
    private static IntakeResult Example(string name)
    {
        var path = RepositoryPaths.Combine("examples", "cases", name);
        return CaseIntake.Read(name, File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_SameInput_GivesSameBytes()
    {
        Assert.Equal(CaseJsonWriter.Write(Example("02-house-headings.md")), CaseJsonWriter.Write(Example("02-house-headings.md")));
    }

    [Fact]
    public void Write_Case_HasEveryPublishedField()
    {
        using var json = JsonDocument.Parse(CaseJsonWriter.Write(Example("01-house-bold.md")));
        var root = json.RootElement;
        foreach (var field in (string[])["schema", "source", "theme", "caseNumber", "title", "parties", "contract", "obligations", "events", "amounts",
            "counts", "standards", "issues", "status", "diagnostics"])
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        var source = root.GetProperty("source");
        Assert.Equal(64, source.GetProperty("sha256").GetString()!.Length);
        var date = root.GetProperty("contract").GetProperty("signed");
        Assert.Equal(("2023-03-14", "on", "14 March 2023"), (date.GetProperty("value").GetString(), date.GetProperty("qualifier").GetString(), date.GetProperty("text").GetString()));
        var span = root.GetProperty("parties")[0].GetProperty("span");
        Assert.Equal((8, 6), (span.GetProperty("line").GetInt32(), span.GetProperty("column").GetInt32()));
        Assert.Contains(root.GetProperty("amounts").EnumerateArray(), a => a.GetProperty("qualifier").GetString() == "at-least");
        Assert.Contains(root.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("topic").GetString() == "access-control");
    }

    [Fact]
    public void Write_UnreadableInput_StillWritesSchemaAndDiagnostics()
    {
        using var json = JsonDocument.Parse(CaseJsonWriter.Write(CaseIntake.Read("e.txt", [])));
        Assert.Equal("INT001", json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("title").ValueKind);
    }

    [Theory]
    [InlineData("01-house-bold.md")]
    [InlineData("06-court-background.txt")]
    public void Normalizer_ExampleCase_MatchesApprovedStructure(string name)
    {
        var result = Example(name);
        Approvals.Verify(Path.Combine("tests", "Docket.Intake.Tests", "Json"), Path.GetFileNameWithoutExtension(name) + ".structure",
            Syntax.IntakeNormalizer.Render(CaseIntake.Parse(result.Text!)));
    }
}
