using Docket.Core.Access;
using Docket.Core.Ledger.Entries;
using Xunit;

namespace Docket.Core.Tests.Access;

public sealed class EntryVisibilityTests
{
    private static LedgerEntry Entry(EntryKind kind, string payload) =>
        LedgerEntry.Restore("c1", 1, kind, EntryAuthor.User("u1"), NodaTime.Instant.FromUnixTimeSeconds(0), payload);

    [Theory]
    [InlineData("claimant", false, "claimant", true)]
    [InlineData("claimant", false, "respondent", false)]
    [InlineData("claimant", false, "neutral", false)]
    [InlineData("claimant", false, "observer", false)]
    [InlineData("claimant", true, "neutral", true)]
    [InlineData("claimant", true, "respondent", false)]
    [InlineData("claimant", true, "observer", false)]
    [InlineData("respondent", true, "respondent", true)]
    [InlineData("respondent", true, "claimant", false)]
    public void APrivateNote_IsReadByItsSide_AndByTheNeutralOnlyWhenShared(string side, bool shared, string reader, bool visible)
    {
        var payload = "{\"text\":\"x\",\"private\":{\"side\":\"" + side + "\",\"neutral\":" + (shared ? "true" : "false") + "}}";
        var entry = Entry(EntryKind.Note, payload);
        Assert.Equal(visible, EntryVisibility.Of(entry).VisibleTo(CaseRoles.Parse(reader)!.Value));
    }

    [Fact]
    public void AnOpenNote_IsReadByEveryRole()
    {
        var visibility = EntryVisibility.Of(Entry(EntryKind.Note, """{"text":"open"}"""));
        Assert.All(CaseRoles.All, role => Assert.True(visibility.VisibleTo(role)));
    }

    [Theory]
    [InlineData("""{"text":"x","private":{"side":"neutral"}}""")]
    [InlineData("""{"text":"x","private":{"side":"everyone"}}""")]
    [InlineData("""{"text":"x","private":true}""")]
    [InlineData("""{"text":"x","private":{}}""")]
    public void APrivacyBlockThatNamesNoSide_IsSealed_NeverOpen(string payload)
    {
        var visibility = EntryVisibility.Of(Entry(EntryKind.Note, payload));
        Assert.True(visibility.IsPrivate);
        Assert.All(CaseRoles.All, role => Assert.False(visibility.VisibleTo(role)));
    }

    [Fact]
    public void OnlyNotesCanBePrivate_FactsStayOpen()
    {
        var fact = Entry(EntryKind.FactAdded, """{"collection":"events","value":{"summary":"x"},"private":{"side":"claimant"}}""");
        Assert.False(EntryVisibility.Of(fact).IsPrivate);
    }

    [Fact]
    public void TheFoldForAReader_SkipsWhatTheyMayNotRead_AndKeepsTheRest()
    {
        var opened = LedgerEntry.Restore("c1", 0, EntryKind.CaseOpened, EntryAuthor.User("u1"), NodaTime.Instant.FromUnixTimeSeconds(0), """{"schema":"docket.case/1","parties":[]}""");
        var secret = LedgerEntry.Restore("c1", 1, EntryKind.Note, EntryAuthor.User("u1"), NodaTime.Instant.FromUnixTimeSeconds(1), """{"text":"secret","private":{"side":"claimant","neutral":false}}""");
        var open = LedgerEntry.Restore("c1", 2, EntryKind.Note, EntryAuthor.User("u2"), NodaTime.Instant.FromUnixTimeSeconds(2), """{"text":"open"}""");
        var state = CaseFold.FoldFor([opened, secret, open], e => EntryVisibility.Of(e).VisibleTo(CaseRole.Respondent));
        Assert.Empty(state.Problems);
        Assert.Equal(2, state.LastSequence);
        Assert.DoesNotContain("secret", state.Json, StringComparison.Ordinal);
        Assert.Contains("open", state.Json, StringComparison.Ordinal);
        Assert.Contains("secret", CaseFold.FoldFor([opened, secret, open], e => EntryVisibility.Of(e).VisibleTo(CaseRole.Claimant)).Json, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyASideKeepsPrivateNotes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EntryVisibility.Block(CaseRole.Neutral, true));
        Assert.Equal("""{"side":"respondent","neutral":true}""", EntryVisibility.Block(CaseRole.Respondent, true).ToJsonString());
    }
}
