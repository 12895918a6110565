using System.Text.Json;
using Docket.Core.Ledger.Entries;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Ledger;

public sealed class CaseFoldTests
{
    private const string Opened = """
        {"schema":"docket.case/1","title":"Acme v Beta","parties":[{"id":"P1","name":"Acme"},{"id":"P2","name":"Beta"}],
         "events":[{"summary":"Contract signed"}],"issues":[{"number":1,"title":"Delay","positions":[]}],"status":null}
        """;

    private static List<LedgerEntry> Log(FakeTimeProvider time)
    {
        var log = new List<LedgerEntry>();
        void Add(EntryKind kind, string payload)
        {
            log.Add(LedgerEntry.Create("c1", log.Count, kind, EntryAuthor.User("u1"), time, payload));
            time.Advance(TimeSpan.FromHours(1));
        }

        Add(EntryKind.CaseOpened, Opened);
        Add(EntryKind.FactAdded, """{"collection":"events","value":{"summary":"Audit found gaps"}}""");
        Add(EntryKind.PositionStated, """{"issue":1,"party":"P2","stance":"claim","summary":"Acme was late."}""");
        Add(EntryKind.FactAmended, """{"collection":"events","id":"E2","value":{"summary":"Audit found three gaps"}}""");
        Add(EntryKind.EvidenceAdded, """{"sha256":"ab","fileName":"audit.pdf","mediaType":"application/pdf","submittedBy":"P2","shows":"the gaps"}""");
        Add(EntryKind.FactWithdrawn, """{"collection":"events","id":"E2","reason":"duplicate"}""");
        Add(EntryKind.StatusChanged, """{"stage":"mediation","summary":"Mediator appointed."}""");
        return log;
    }

    [Fact]
    public void Fold_WholeLog_AppliesEveryEntry()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var state = CaseFold.Fold(Log(time));
        Assert.Empty(state.Problems);
        Assert.Equal(6, state.LastSequence);
        using var json = JsonDocument.Parse(state.Json!);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("events").GetArrayLength());
        Assert.Equal("duplicate", root.GetProperty("withdrawn")[0].GetProperty("reason").GetString());
        Assert.Equal("claim", root.GetProperty("issues")[0].GetProperty("positions")[0].GetProperty("stance").GetString());
        Assert.Equal(4, root.GetProperty("evidence")[0].GetProperty("entry").GetInt64());
        Assert.Equal("mediation", root.GetProperty("status").GetProperty("stage").GetString());
    }

    [Fact]
    public void Fold_AsOfSequence_GivesTheCaseThen()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var json = JsonDocument.Parse(CaseFold.Fold(Log(time), asOfSequence: 3).Json!);
        var events = json.RootElement.GetProperty("events");
        Assert.Equal("Audit found three gaps", events[1].GetProperty("summary").GetString());
        Assert.Equal(3, events[1].GetProperty("entry").GetInt64());
        Assert.False(json.RootElement.TryGetProperty("evidence", out _));
    }

    [Fact]
    public void FoldAsOf_Instant_StopsAtThatMoment()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var state = CaseFold.FoldAsOf(Log(time), Instant.FromUtc(2026, 1, 1, 1, 30));
        Assert.Equal(1, state.LastSequence);
    }

    [Fact]
    public void Fold_UnknownTargets_AreReportedNotApplied()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var log = Log(time).Take(1).ToList();
        log.Add(LedgerEntry.Create("c1", 1, EntryKind.FactAmended, EntryAuthor.User("u1"), time, """{"collection":"events","id":"E9","value":{}}"""));
        log.Add(LedgerEntry.Create("c1", 2, EntryKind.PositionStated, EntryAuthor.User("u1"), time, """{"issue":"seven"}"""));
        log.Add(LedgerEntry.Create("c1", 3, EntryKind.FactAdded, EntryAuthor.User("u1"), time, """{"collection":"secrets","value":{}}"""));
        var state = CaseFold.Fold(log);
        Assert.Equal(3, state.Problems.Length);
        Assert.Contains("E9", state.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Fold_GapInSequence_StopsAndSaysSo()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var log = Log(time);
        log.RemoveAt(2);
        var state = CaseFold.Fold(log);
        Assert.Equal(1, state.LastSequence);
        Assert.Contains("gap", Assert.Single(state.Problems), StringComparison.Ordinal);
    }
}
