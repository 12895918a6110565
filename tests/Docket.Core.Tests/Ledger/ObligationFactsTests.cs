using System.Text.Json;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance;
using Docket.Core.Ledger.Entries;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Ledger;

/// <summary>A user's obligations: checked against the case, folded into it, and judged with the entry as their source.</summary>
public sealed class ObligationFactsTests
{
    private const string Opened = """
        {"schema":"docket.case/1","parties":[{"id":"P1","name":"TechSecure Inc.","aliases":["TechSecure"],"role":"vendor"},
        {"id":"P2","name":"RetailGiant Ltd.","aliases":[],"role":"client"}],
        "obligations":[{"id":"O1","obligor":"P1","topic":"secure-storage","text":"secure cloud storage","standards":[],"status":"unknown",
        "span":{"start":0,"end":20,"line":1,"column":1}}],"issues":[],"standards":[{"name":"CCPA"}]}
        """;

    private static LedgerEntry Entry(long sequence, EntryKind kind, string payload) =>
        LedgerEntry.Restore("c1", sequence, kind, EntryAuthor.User("ana"), Instant.FromUnixTimeSeconds(1_700_000_000 + sequence), payload);

    [Fact]
    public void Add_ResolvesThePartyByNameAndFoldsWithItsEntry()
    {
        var fact = ObligationFacts.Add(Opened, new ObligationChange("retailgiant", "breach-notification", " notify affected residents ", "partial", "notified late", "2023-08", ["CCPA"]));
        Assert.Empty(fact.Errors);
        var state = CaseFold.Fold([Entry(0, EntryKind.CaseOpened, Opened), Entry(1, EntryKind.FactAdded, fact.Payload!)]);
        var file = CaseFile.Parse(state.Json!);
        var added = file.Obligations.Single(o => o.Id == "O2");
        Assert.Equal(("P2", ObligationTopic.BreachNotification, "notify affected residents", ObligationStatus.Partial, "notified late"),
            (added.ObligorId, added.Topic, added.Text, added.Status, added.StatusText));
        Assert.Equal(new LocalDate(2023, 8, 31), added.Due!.Latest);
        Assert.Equal(1, added.Entry);
        Assert.Null(added.Span);
    }

    [Fact]
    public void Add_WithBadValues_GivesEveryErrorAndNoPayload()
    {
        var fact = ObligationFacts.Add(Opened, new ObligationChange("Nobody", "encrypt", " ", "done", null, "2023-13", default));
        Assert.Null(fact.Payload);
        Assert.Equal(["FCT004", "FCT001", "FCT002", "FCT002", "FCT003"], fact.Errors.Select(e => e[..6]));
    }

    [Fact]
    public void Restate_KeepsWhatIsNotChanged_AndTheNewStatusCitesTheEntry()
    {
        var fact = ObligationFacts.Restate(Opened, "o1", new ObligationChange(Status: "unmet", StatusWords: "the breach was a result of vulnerabilities"));
        Assert.Empty(fact.Errors);
        var state = CaseFold.Fold([Entry(0, EntryKind.CaseOpened, Opened), Entry(1, EntryKind.FactAmended, fact.Payload!)]);
        var o = CaseFile.Parse(state.Json!).Obligations.Single();
        Assert.Equal(("O1", "secure cloud storage", ObligationStatus.Unmet, 1L), (o.Id, o.Text, o.Status, o.Entry));
        Assert.NotNull(o.Span);
        Assert.Null(o.StatusSpan);
    }

    [Fact]
    public void Withdraw_NeedsAKnownIdAndAReason()
    {
        Assert.StartsWith("FCT005", Assert.Single(ObligationFacts.Withdraw(Opened, "O9", "dup").Errors), StringComparison.Ordinal);
        Assert.StartsWith("FCT004", Assert.Single(ObligationFacts.Withdraw(Opened, "O1", "").Errors), StringComparison.Ordinal);
        var payload = ObligationFacts.Withdraw(Opened, "O1", "duplicate").Payload!;
        var state = CaseFold.Fold([Entry(0, EntryKind.CaseOpened, Opened), Entry(1, EntryKind.FactWithdrawn, payload)]);
        Assert.Empty(CaseFile.Parse(state.Json!).Obligations);
        Assert.Equal("duplicate", JsonDocument.Parse(state.Json!).RootElement.GetProperty("withdrawn")[0].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("2023", "2023-12-31")]
    [InlineData("2023-02", "2023-02-28")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2023-02-29", null)]
    [InlineData("June 2023", null)]
    [InlineData("23", null)]
    public void ParseDue_ReadsYearMonthOrDay(string text, string? latest) =>
        Assert.Equal(latest, ObligationFacts.ParseDue(text)?.Latest.ToString("yyyy-MM-dd", null));
}
