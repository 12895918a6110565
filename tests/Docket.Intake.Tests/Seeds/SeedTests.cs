using System.Text.Json;
using Docket.Core.Cases;
using Docket.Testing;
using Xunit;

namespace Docket.Intake.Tests.Seeds;

/// <summary>
/// The three seed narratives, read exactly: every field a careful reader extracts (Seeds/*.expected.json, written
/// by hand from the seeds) must come out, with nothing extra, plus pinpoint checks on values and spans.
/// </summary>
public sealed class SeedTests
{
    public static TheoryData<string> Seeds() => ["000_ca44443984e7b976", "001_5edb21568cde1f6d", "002_4c1d571d795957c2"];

    private static (IntakeResult Result, JsonElement Expected) Load(string seed)
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "shared/seeds is not beside this clone.");
            Assert.Fail("shared/seeds must be beside the clone on CI.");
        }

        var path = Path.Combine(shared!, "seeds", seed + ".txt");
        var result = CaseIntake.Read(Path.GetFileName(path), File.ReadAllBytes(path));
        var expected = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Seeds", seed + ".expected.json"))).RootElement;
        return (result, expected);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Intake_Seed_ExtractsEveryCoreFieldExactly(string seed)
    {
        var (result, expected) = Load(seed);
        Assert.False(result.HasErrors);
        var scores = CaseScorer.Score(result.Case!, expected);
        foreach (var field in (string[])["theme", "caseNumber", "title", "parties", "aliases", "dates", "amounts", "counts", "standards",
            "positions", "issueTitles", "status", "contract.signed", "contract.value", "contract.term", "contract.deadline"])
        {
            var score = scores.Single(s => s.Field == field);
            Assert.True(score.FalsePositives == 0 && score.FalseNegatives == 0, $"{seed} {field}: {score}");
        }
    }

    [Fact]
    public void Intake_Seed000_ReadsPartiesRolesAndPositions()
    {
        var c = Load("000_ca44443984e7b976").Result.Case!;
        var vendor = Assert.Single(c.Parties, p => p.Role == PartyRole.Vendor);
        var client = Assert.Single(c.Parties, p => p.Role == PartyRole.Client);
        Assert.Equal("TechSecure, Inc.", vendor.Name);
        Assert.Equal(["TechSecure"], vendor.Aliases);
        Assert.Equal("DataGuard", client.Name);
        Assert.Equal(5, c.Issues.Length);
        Assert.All(c.Issues, i => Assert.Contains(i.Positions, p => p.PartyId == client.Id && p.Stance == Stance.Claim));
        Assert.All(c.Issues, i => Assert.Contains(i.Positions, p => p.PartyId == vendor.Id && p.Stance == Stance.Defense));
        var issue3 = c.Issues[2];
        Assert.Contains("TechSecure blamed unexpected complexities", issue3.Positions.Single(p => p.PartyId == vendor.Id).Summary, StringComparison.Ordinal);
        Assert.Equal("2022-06", c.Contract.Deadline!.Date.Value);
        Assert.Equal("by June 2022", c.Contract.Deadline.Text);
        Assert.Equal(2_000_000m, c.Contract.Value!.Money.Amount);
        Assert.Equal(DisputeStage.Negotiation, c.Status!.Stage);
    }

    [Fact]
    public void Intake_Seed001_RepairsMojibakeAndReadsAtLeastAmount()
    {
        var (result, _) = Load("001_5edb21568cde1f6d");
        Assert.Equal(1, result.Source.Repairs);
        Assert.Contains("SecureSolutions’ inadequate", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == IntakeDiagnosticCodes.MojibakeRepaired && d.Span is { Line: 28 });
        var damages = Assert.Single(result.Case!.Amounts, a => a.Money.Amount == 1_000_000m);
        Assert.Equal(Core.Amounts.AmountQualifier.AtLeast, damages.Qualifier);
        Assert.Equal("exceed $1 million", damages.Span.Slice(result.Text!));
        Assert.Equal("damages", damages.What);
        var sessions = Assert.Single(result.Case.Counts);
        Assert.Equal(2m, sessions.Count);
        var encryption = Assert.Single(result.Case.Obligations, o => o.Topic == ObligationTopic.Encryption);
        Assert.Equal(ObligationStatus.Unmet, encryption.Status);
        Assert.Equal("2023-06", encryption.Due!.Date.Value);
    }

    [Fact]
    public void Intake_Seed002_ReadsLocationsTermAndCount()
    {
        var c = Load("002_4c1d571d795957c2").Result.Case!;
        Assert.Equal("San Francisco, California", c.Parties.Single(p => p.Role == PartyRole.Vendor).Location);
        Assert.Equal("New York", c.Parties.Single(p => p.Role == PartyRole.Client).Location);
        Assert.Equal("two-year term", c.Contract.Term);
        var customers = Assert.Single(c.Counts);
        Assert.Equal((500_000m, "customers", Core.Amounts.AmountQualifier.AtLeast), (customers.Count, customers.Unit, customers.Qualifier));
        Assert.Equal(["CCPA", "GDPR"], c.Standards.Select(s => s.Name).Order(StringComparer.Ordinal));
        var indemnity = c.Issues[2];
        Assert.Equal([Stance.Claim, Stance.Defense], indemnity.Positions.Select(p => p.Stance));
    }
}
