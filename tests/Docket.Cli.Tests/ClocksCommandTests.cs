using System.Text.Json;
using Docket.Testing;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary><c>docket analyze --clocks</c> on the seed (duties under stated assumptions, nothing invented), with an incident file, with a contractual clock, and with a malformed rule file.</summary>
public sealed class ClocksCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static string Seed(string name) => Path.Combine(RepositoryPaths.Shared ?? throw new InvalidOperationException("../shared is missing"), "seeds", name);

    [Fact]
    public void Seed15_ListsDutiesUnderAssumptions_AndTheMissingFacts_InventingNoDate()
    {
        var (code, output, _) = _sandbox.Run("analyze", Seed("002_4c1d571d795957c2.txt"), "--clocks", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var report = JsonDocument.Parse(output).RootElement;
        var duties = report.GetProperty("duties").EnumerateArray().ToList();
        Assert.NotEmpty(duties);
        Assert.All(duties, d => Assert.Equal("may-apply", d.GetProperty("applies").GetString()));
        Assert.All(duties, d => Assert.Equal(JsonValueKind.Null, d.GetProperty("deadline").ValueKind));
        string Obligor(string rule) => duties.Single(d => d.GetProperty("ruleId").GetString() == rule).GetProperty("obligor").GetString()!;
        Assert.Equal("RetailGiant Ltd.", Obligor("gdpr-33-1"));
        Assert.Equal("TechSecure Inc.", Obligor("gdpr-33-2"));
        Assert.Equal("RetailGiant Ltd.", Obligor("ca-1798-82-a-2000"));   // the version in force when the breach happened, July 2023
        var assumptions = duties.SelectMany(d => d.GetProperty("assumptions").EnumerateArray().Select(a => a.GetString()!)).ToList();
        Assert.Contains("if residents of US-CA were affected (the case invokes the CCPA)", assumptions);
        Assert.Contains("if residents of US-NY were affected (RetailGiant Ltd. is based in New York)", assumptions);
        var missing = report.GetProperty("missingFacts").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains("when RetailGiant Ltd. discovered the breach (it happened July 2023)", missing);
        Assert.Contains("whether residents of EU were affected, and how many", missing);
    }

    [Fact]
    public void IncidentFile_GivesStatuses_AndTheIcsHoldsTheOpenDeadlines()
    {
        var incident = Path.Combine(_sandbox.Dir, "incident.json");
        File.WriteAllText(incident, """
            { "schema": "docket.incident/1", "timeZone": "America/Los_Angeles", "discovered": "2026-11-20T09:00",
              "residents": { "US-CA": 900 }, "roles": { "RetailGiant Ltd.": ["business"], "TechSecure Inc.": ["maintainer"] },
              "notices": [ { "rule": "ca-1798-82-b", "given": "2026-11-20T10:00" } ], "asOf": "2026-11-23" }
            """);
        var ics = Path.Combine(_sandbox.Dir, "open.ics");
        var (code, output, _) = _sandbox.Run("analyze", Seed("002_4c1d571d795957c2.txt"), "--clocks", "--incident", incident, "--ics", ics, "--json");
        Assert.Equal(ExitCodes.Success, code);
        var duties = JsonDocument.Parse(output).RootElement.GetProperty("duties").EnumerateArray().ToDictionary(d => d.GetProperty("ruleId").GetString()!);
        Assert.Equal(("open", "2026-12-21T00:00:00-08"), (duties["ca-1798-82-a-2026"].GetProperty("status").GetString(), duties["ca-1798-82-a-2026"].GetProperty("deadline").GetString()));
        Assert.Equal("given", duties["ca-1798-82-b"].GetProperty("status").GetString());
        Assert.Equal("applies", duties["ca-1798-82-f-2026"].GetProperty("applies").GetString());
        var calendar = File.ReadAllText(ics);
        Assert.Contains("BEGIN:VEVENT", calendar, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261221T080000Z", calendar, StringComparison.Ordinal);
        Assert.Contains("UID:ca-1798-82-a-2026.RetailGiantLtd@docket", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public void ContractualClock_IsAnEntry_AndRunsBesideTheStatutes()
    {
        var id = JsonDocument.Parse(_sandbox.Run("case", "open", Seed("002_4c1d571d795957c2.txt"), "--json").Out).RootElement.GetProperty("id").GetString()!;
        var (added, _, _) = _sandbox.Run("clock", "add", id, "--citation", "MSA 9.3", "--by", "TechSecure", "--to", "RetailGiant", "--trigger", "discovery",
            "--period", "48", "--unit", "hours", "--text", "Vendor notifies Client of any security incident within 48 hours of discovery.");
        Assert.Equal(ExitCodes.Success, added);
        var (bad, _, error) = _sandbox.Run("clock", "add", id, "--citation", "MSA 9.3", "--by", "Nobody", "--to", "RetailGiant", "--trigger", "someday", "--unit", "hours");
        Assert.Equal(ExitCodes.InputErrors, bad);
        Assert.Contains("FCT001", error, StringComparison.Ordinal);
        Assert.Contains("FCT002", error, StringComparison.Ordinal);

        var duties = JsonDocument.Parse(_sandbox.Run("analyze", id, "--clocks", "--json").Out).RootElement.GetProperty("duties").EnumerateArray().ToList();
        var clock = duties.Single(d => d.GetProperty("citation").GetString() == "MSA 9.3");
        Assert.Equal(("TechSecure Inc.", "RetailGiant Ltd.", "48 hours"), (clock.GetProperty("obligor").GetString(), clock.GetProperty("recipient").GetString(), clock.GetProperty("period").GetString()));
        Assert.Equal("applies", clock.GetProperty("applies").GetString());
    }

    [Fact]
    public void MalformedRuleFile_StopsTheCommandNamingFileLineAndField()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_sandbox.Dir, "rules")).FullName;
        File.WriteAllText(Path.Combine(folder, "extra.json"), "{\n  \"schema\": \"docket.clocks/1\", \"id\": \"x\", \"revision\": 1,\n  \"rules\": [ { \"id\": \"r1\" } ]\n}\n");
        var (code, _, error) = _sandbox.Run("analyze", Seed("002_4c1d571d795957c2.txt"), "--clocks", "--clock-rules", folder);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("extra.json(3): error CAT002: rules[0].citation: is required.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CurePeriodInTheNarrative_RunsFromTheDatedNoticeOfBreach()
    {
        var (code, output, _) = _sandbox.Run("analyze", RepositoryPaths.Combine("examples", "cases", "08-house-windows1252.txt"), "--clocks", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var cure = JsonDocument.Parse(output).RootElement.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("citation").GetString() == "cure period");
        Assert.Equal(("applies", "Brackenfield IT Services Ltd", "2023-11-02T00:00:00Z"),
            (cure.GetProperty("applies").GetString(), cure.GetProperty("obligor").GetString(), cure.GetProperty("deadline").GetString()));
        Assert.Contains("whether and when Brackenfield IT Services Ltd cured the breach", cure.GetProperty("missingFacts").EnumerateArray().Select(m => m.GetString()));
    }
}
