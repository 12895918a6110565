using System.Text.Json;
using Docket.Core.CaseFiles;
using Docket.Core.Chronology;
using Docket.Core.Delay;
using Docket.Intake;
using Docket.Intake.Json;
using Docket.Testing;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary>
/// The chronology and the narrative delay picture of the seeds, end to end from the text: every dated fact a reader
/// finds (the dates in Seeds/*.expected.json) in order, and, for the case with a missed deadline, each party's stated
/// cause and the dates that would decide it.
/// </summary>
public sealed class ChronologyAndDelaySeedTests
{
    private static CaseFile Read(string seed)
    {
        var path = Path.Combine(RepositoryPaths.Shared ?? throw new InvalidOperationException("../shared is missing"), "seeds", seed + ".txt");
        return CaseFile.Parse(CaseJsonWriter.Write(CaseIntake.Read(Path.GetFileName(path), File.ReadAllBytes(path))));
    }

    [Theory]
    [InlineData("000_ca44443984e7b976")]
    [InlineData("001_5edb21568cde1f6d")]
    [InlineData("002_4c1d571d795957c2")]
    public void Seed_ChronologyListsEveryDatedFactInOrder(string seed)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Seeds", seed + ".expected.json")))
            .RootElement.GetProperty("dates").EnumerateArray().Select(d => d.GetString()!).Order(StringComparer.Ordinal).ToList();
        var facts = ChronologyBuilder.Build(Read(seed)).Facts;
        var months = facts.Select(f => f.Precision == "day" ? f.Earliest.ToString("yyyy-MM-dd", null) : f.Earliest.ToString("yyyy-MM", null)).ToList();
        Assert.Equal(expected, months.Order(StringComparer.Ordinal));
        Assert.Equal(facts.OrderBy(f => f.Earliest).Select(f => f.Id), facts.Select(f => f.Id));
        Assert.All(facts, f => Assert.NotNull(f.Span));
    }

    [Fact]
    public void Case4_DelayNamesEachPartysCauseAndTheMissingDates()
    {
        var file = Read("000_ca44443984e7b976");
        var report = NarrativeDelayReader.Read(file);
        Assert.Equal(("by June 2022", true), (report.Deadline, report.Missed));
        string Party(string name) => file.Parties.Single(p => p.Name == name).Id;
        Assert.Contains(report.Causes, c => c.PartyId == Party("TechSecure, Inc.") && c.Quote.Contains("delayed critical access", StringComparison.Ordinal));
        Assert.Contains(report.Causes, c => c.PartyId == Party("TechSecure, Inc.") && c.Quote.Contains("unexpected complexities", StringComparison.Ordinal));
        Assert.Contains(report.Causes, c => c.PartyId == Party("DataGuard") && c.Quote.Contains("progress reports", StringComparison.Ordinal));
        Assert.Contains(report.DecidingDates, d => d.Question.StartsWith("When did TechSecure, Inc. ask DataGuard for access", StringComparison.Ordinal));
        Assert.Contains(report.DecidingDates, d => d.Question.StartsWith("When was each progress report due", StringComparison.Ordinal));
        Assert.Contains(report.DecidingDates, d => d.Question.StartsWith("On which day exactly was completion due", StringComparison.Ordinal));
    }

    [Fact]
    public void Case8_MissedMilestonesAreRead_Case15HasNoDeadlineAndAsksForIt()
    {
        var case8 = NarrativeDelayReader.Read(Read("001_5edb21568cde1f6d"));
        Assert.True(case8.Missed);
        Assert.Contains("missed several key milestones", case8.MissedQuote, StringComparison.Ordinal);
        var case15 = NarrativeDelayReader.Read(Read("002_4c1d571d795957c2"));
        Assert.Null(case15.Deadline);
        Assert.Equal("By when was the work due under the contract?", case15.DecidingDates[0].Question);
    }
}
