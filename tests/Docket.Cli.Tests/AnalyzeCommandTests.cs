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

    [Fact]
    public void UserObligation_IsAnEntry_AndTheAnalysisJudgesAndCitesIt()
    {
        var id = JsonDocument.Parse(_sandbox.Run("case", "open", Example("03-house-plain.txt"), "--json").Out).RootElement.GetProperty("id").GetString()!;
        var (code, output, _) = _sandbox.Run("obligation", "add", id, "--by", "P2", "--topic", "logging", "--text", "forward firewall logs to the SIEM",
            "--status", "unmet", "--words", "no firewall log reached the SIEM before go-live", "--due", "2024-03");
        Assert.Equal(ExitCodes.Success, code);
        var sequence = long.Parse(output.Trim().Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var report = JsonDocument.Parse(_sandbox.Run("analyze", id, "--compliance", "--json").Out).RootElement;
        var added = report.GetProperty("assessments").EnumerateArray().Last();
        Assert.Equal(("unmet", "P2"), (added.GetProperty("status").GetString(), added.GetProperty("obligorId").GetString()));
        Assert.Contains(added.GetProperty("reasons").EnumerateArray(), r =>
            r.GetProperty("quote").GetString() == "no firewall log reached the SIEM before go-live" && r.GetProperty("entry").GetInt64() == sequence);

        var (bad, _, error) = _sandbox.Run("obligation", "add", id, "--by", "Nobody", "--topic", "logging", "--text", "x");
        Assert.Equal(ExitCodes.InputErrors, bad);
        Assert.Contains("error FCT001: 'Nobody' is not a party of the case", error, StringComparison.Ordinal);
        Assert.Equal(sequence + 1, _sandbox.Run("log", id, "--json").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Delay_WithTheExampleSchedule_GivesTimeImpactAndEveryRule()
    {
        var schedule = RepositoryPaths.Combine("examples", "schedules", "03-house-plain.schedule.json");
        var (code, output, _) = _sandbox.Run("analyze", Example("03-house-plain.txt"), "--delay", "--schedule", schedule, "--rule", "apportionment", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal("docket.delay/1", report.GetProperty("schema").GetString());
        Assert.Equal("apportionment", report.GetProperty("rule").GetString());
        Assert.Equal(["ports-late", "collector-rework"], report.GetProperty("timeImpact").GetProperty("events").EnumerateArray().Select(e => e.GetProperty("eventId").GetString()));
        Assert.Equal(5, report.GetProperty("byRule").GetArrayLength());
        var selected = report.GetProperty("selected");
        Assert.Equal(selected.GetProperty("totalDays").GetInt32(),
            selected.GetProperty("extensionDays").GetDecimal() + selected.GetProperty("delayDamagesDays").GetDecimal() + selected.GetProperty("unexplainedDays").GetInt32());
        Assert.Contains("Time impact analysis", _sandbox.Run("analyze", Example("03-house-plain.txt"), "--delay", "--schedule", schedule).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Chronology_AsJson_AndABadSchedule_NamesTheActivity()
    {
        var (code, output, _) = _sandbox.Run("analyze", Example("03-house-plain.txt"), "--chronology", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var facts = JsonDocument.Parse(output).RootElement.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("earliest").GetString()!).ToList();
        Assert.NotEmpty(facts);
        Assert.Equal(facts.Order(StringComparer.Ordinal), facts);

        var bad = Path.Combine(_sandbox.Dir, "plan.csv");
        File.WriteAllText(bad, "id,duration,predecessors,planned_start\nA,3,C,2024-01-01\nB,2,A,\nC,1,B,\n");
        var (failed, _, error) = _sandbox.Run("analyze", Example("03-house-plain.txt"), "--delay", "--schedule", bad);
        Assert.Equal(ExitCodes.InputErrors, failed);
        Assert.Contains("error SCH003", error, StringComparison.Ordinal);
        Assert.Contains("A -> B -> C -> A", error, StringComparison.Ordinal);
    }
}
