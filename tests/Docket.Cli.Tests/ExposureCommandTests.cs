using System.Text.Json;
using Docket.Testing;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary><c>docket analyze --exposure</c>: the seed's claimed loss against its contract value under each cap assumption, and the settlement figures with counsel's probability.</summary>
public sealed class ExposureCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static string Seed(string name) => Path.Combine(RepositoryPaths.Shared ?? throw new InvalidOperationException("../shared is missing"), "seeds", name);

    [Fact]
    public void Seed8_ClaimedLossAgainstTheContractValue_UnderEachCapAssumption()
    {
        var (code, output, _) = _sandbox.Run("analyze", Seed("001_5edb21568cde1f6d.txt"), "--exposure", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(500_000m, report.GetProperty("contractValue").GetDecimal());
        Assert.Equal(1_000_000m, report.GetProperty("heads")[0].GetProperty("likely").GetDecimal());
        var scenarios = report.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(["no cap", "cap at fees paid in the 12 months before the claim", "cap at the contract value (500,000)"], scenarios.Select(s => s.GetProperty("assumption").GetString()));
        decimal Net(int scenario) => scenarios[scenario].GetProperty("byTheory")[0].GetProperty("net").GetDecimal();
        Assert.Equal((1_000_000m, 500_000m), (Net(0), Net(2)));
        Assert.Contains("fees paid", scenarios[1].GetProperty("missing").GetString(), StringComparison.Ordinal);   // the term is not stated: nothing invented
    }

    [Fact]
    public void WithCounselsProbability_GivesTheSettlementRangeAndARepeatableDistribution()
    {
        string[] args = ["analyze", Seed("001_5edb21568cde1f6d.txt"), "--exposure", "--json", "--assume", "cap=contract-value", "--assume", "p-liability=0.6",
            "--assume", "costs-claimant=150000", "--assume", "costs-respondent=150000", "--assume", "seed=42"];
        var first = JsonDocument.Parse(_sandbox.Run(args).Out).RootElement;
        Assert.Equal((300_000m, 150_000m, 450_000m), (first.GetProperty("settlement").GetProperty("expectedAward").GetDecimal(),
            first.GetProperty("settlement").GetProperty("claimantFloor").GetDecimal(), first.GetProperty("settlement").GetProperty("respondentCeiling").GetDecimal()));
        Assert.Equal(first.GetProperty("distribution").GetRawText(), JsonDocument.Parse(_sandbox.Run(args).Out).RootElement.GetProperty("distribution").GetRawText());
        Assert.Equal(ExitCodes.Usage, _sandbox.Run("analyze", Seed("001_5edb21568cde1f6d.txt"), "--exposure", "--assume", "p-liability=2").Code);
        Assert.Equal(ExitCodes.Usage, _sandbox.Run("analyze", Seed("001_5edb21568cde1f6d.txt"), "--exposure", "--assume", "mood=sunny").Code);

        var art82 = JsonDocument.Parse(_sandbox.Run("analyze", Seed("002_4c1d571d795957c2.txt"), "--exposure", "--json", "--assume", "art82-damage=1000000",
            "--assume", "art82-shares=TechSecure:3,RetailGiant:1", "--assume", "art82-payer=RetailGiant").Out).RootElement.GetProperty("art82").EnumerateArray().ToList();
        Assert.All(art82, s => Assert.Equal(1_000_000m, s.GetProperty("externalExposure").GetDecimal()));
        var retail = art82.Single(s => s.GetProperty("party").GetString() == "RetailGiant Ltd.");
        Assert.Equal((250_000m, 750_000m), (retail.GetProperty("bears").GetDecimal(), retail.GetProperty("recourse").GetDecimal()));
    }

    [Fact]
    public void UserLoss_IsAnEntry_AndJoinsThePipeline_WithIbmDefaultsOnlyWhenAsked()
    {
        var id = JsonDocument.Parse(_sandbox.Run("case", "open", Seed("001_5edb21568cde1f6d.txt"), "--json").Out).RootElement.GetProperty("id").GetString()!;
        var (added, _, _) = _sandbox.Run("loss", "add", id, "--name", "credit monitoring", "--kind", "credit-monitoring", "--amount", "150000",
            "--low", "100000", "--high", "250000", "--by", "TechCorp", "--data-breach", "--source", "vendor quote");
        Assert.Equal(ExitCodes.Success, added);
        Assert.Equal(ExitCodes.InputErrors, _sandbox.Run("loss", "add", id, "--name", "x", "--kind", "vibes", "--amount", "-1").Code);

        var plain = JsonDocument.Parse(_sandbox.Run("analyze", id, "--exposure", "--json", "--assume", "cap=none").Out).RootElement;
        var heads = plain.GetProperty("heads").EnumerateArray().ToList();
        Assert.Equal(2, heads.Count);
        Assert.Contains(heads, h => h.GetProperty("name").GetString() == "credit monitoring" && h.GetProperty("source").GetString()!.Contains("ledger entry", StringComparison.Ordinal));
        Assert.Equal(1_150_000m, plain.GetProperty("scenarios")[0].GetProperty("byTheory")[0].GetProperty("net").GetDecimal());

        var withDefaults = JsonDocument.Parse(_sandbox.Run("analyze", id, "--exposure", "--json", "--assume", "cap=none", "--assume", "breach-cost-defaults=2024").Out).RootElement;
        Assert.Equal(6, withDefaults.GetProperty("heads").GetArrayLength());
        Assert.Contains(withDefaults.GetProperty("assumptions").EnumerateArray(), a => a.GetString()!.StartsWith("IBM 2024 global average", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordedTerms_AreUsedAndCited_AndIndemnityAndLiquidatedDamagesShapeThePipeline()
    {
        var id = JsonDocument.Parse(_sandbox.Run("case", "open", Seed("001_5edb21568cde1f6d.txt"), "--json").Out).RootElement.GetProperty("id").GetString()!;
        Assert.Equal(ExitCodes.Success, _sandbox.Run("term", "set", id, "cap=contract-value", "--source", "MSA 12.1").Code);
        Assert.Equal(ExitCodes.Success, _sandbox.Run("term", "set", id, "indemnity=third-party").Code);
        Assert.Equal(ExitCodes.Success, _sandbox.Run("term", "set", id, "indemnity-uncapped=true").Code);
        Assert.Equal(ExitCodes.InputErrors, _sandbox.Run("term", "set", id, "mood=sunny").Code);
        Assert.Equal(ExitCodes.Success, _sandbox.Run("loss", "add", id, "--name", "class action settlement", "--kind", "third-party-claims", "--amount", "900000").Code);

        var report = JsonDocument.Parse(_sandbox.Run("analyze", id, "--exposure", "--json").Out).RootElement;
        var scenario = Assert.Single(report.GetProperty("scenarios").EnumerateArray());
        Assert.Equal("as assumed: cap at the contract value (500,000)", scenario.GetProperty("assumption").GetString());
        // The indemnified third-party claim escapes the cap; the rest is capped at the contract value.
        Assert.Equal(1_400_000m, scenario.GetProperty("byTheory")[0].GetProperty("net").GetDecimal());
        Assert.Contains(report.GetProperty("assumptions").EnumerateArray(), a => a.GetString() == "cap = contract-value, as recorded in ledger entry 1 (MSA 12.1)");

        var delay = JsonDocument.Parse(_sandbox.Run("analyze", id, "--exposure", "--json", "--assume", "cap=none", "--assume", "ld-rate=2000",
            "--assume", "ld-days=30", "--assume", "ld-cap=50000").Out).RootElement;
        Assert.Equal(1_950_000m, delay.GetProperty("scenarios")[0].GetProperty("byTheory")[0].GetProperty("net").GetDecimal());   // 1,000,000 + 900,000 + 50,000 of capped liquidated damages
    }
}
