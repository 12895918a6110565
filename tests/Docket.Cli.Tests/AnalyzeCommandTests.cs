using System.Text.Json;
using Docket.Testing;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary><c>docket analyze --compliance</c> on a narrative, a case JSON file and a stored case; a malformed user catalog stops it.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static string Example(string name) => RepositoryPaths.Combine("examples", "cases", name);

    [Fact]
    public void Narrative_CaseJson_AndStoredCase_GiveTheSameAssessments()
    {
        var (code, fromNarrative, _) = _sandbox.Run("analyze", Example("03-house-plain.txt"), "--compliance", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var caseJson = Path.Combine(_sandbox.Dir, "case.json");
        File.WriteAllText(caseJson, _sandbox.Run("intake", Example("03-house-plain.txt"), "--json").Out);
        var fromFile = _sandbox.Run("analyze", caseJson, "--compliance", "--json").Out;
        var id = JsonDocument.Parse(_sandbox.Run("case", "open", Example("03-house-plain.txt"), "--json").Out).RootElement.GetProperty("id").GetString()!;
        var fromLedger = _sandbox.Run("analyze", id, "--compliance", "--json").Out;
        static string Statuses(string json) => string.Join(",", JsonDocument.Parse(json).RootElement.GetProperty("assessments").EnumerateArray()
            .Select(a => a.GetProperty("obligationId").GetString() + ":" + a.GetProperty("status").GetString()));
        Assert.NotEmpty(Statuses(fromNarrative));
        Assert.Equal(Statuses(fromNarrative), Statuses(fromFile));
        Assert.Equal(Statuses(fromNarrative), Statuses(fromLedger));
        Assert.Contains("Obligations", _sandbox.Run("analyze", id, "--compliance").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedUserCatalog_ExitsOneNamingFileLineAndField()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_sandbox.Dir, "catalogs")).FullName;
        File.WriteAllText(Path.Combine(folder, "soc2.json"), "{\n  \"schema\": \"docket.catalog/1\",\n  \"id\": \"soc2\"\n}\n");
        var (code, _, error) = _sandbox.Run("analyze", Example("03-house-plain.txt"), "--compliance", "--catalogs", folder);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("soc2.json(1): error CAT002: name: is required.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NotACase_OrNoAnalysis_IsRefused()
    {
        var notCase = Path.Combine(_sandbox.Dir, "x.json");
        File.WriteAllText(notCase, "{\"schema\": \"docket.catalog/1\"}");
        Assert.Equal(ExitCodes.InputErrors, _sandbox.Run("analyze", notCase, "--compliance").Code);
        Assert.Equal(ExitCodes.InputErrors, _sandbox.Run("analyze", "c-missing", "--compliance").Code);
        Assert.Equal(ExitCodes.Usage, _sandbox.Run("analyze", Example("03-house-plain.txt")).Code);
    }
}
