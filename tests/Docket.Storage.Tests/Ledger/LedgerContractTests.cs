using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Merkle;
using Docket.Storage.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Docket.Storage.Tests.Ledger;

/// <summary>
/// The ledger on a real database, the same suite on every provider: appends, the database's own refusal to update
/// or delete, the unique (case, sequence) index, and concurrent writers.
/// </summary>
public abstract class LedgerContractTests(Func<Task<TestDatabase>> create) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;

    private DbContextOptions<DocketDbContext> Options => _database.Options;

    public async ValueTask InitializeAsync() => _database = await create();

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private LedgerService Service() => new(() => new DocketDbContext(Options), _time, _database.Dialect);

    [Fact]
    public async Task AppendAsync_ThenRead_GivesSameEntriesAndRoot()
    {
        var ledger = Service();
        var ct = TestContext.Current.CancellationToken;
        var written = new List<LedgerEntry>
        {
            await ledger.AppendAsync("c1", EntryKind.CaseOpened, EntryAuthor.User("u1"), """{"schema":"docket.case/1","issues":[]}""", ct),
            await ledger.AppendAsync("c1", EntryKind.Note, EntryAuthor.Party("P1"), """{"text":"first note"}""", ct),
            await ledger.AppendAsync("c2", EntryKind.CaseOpened, EntryAuthor.User("u1"), """{"schema":"docket.case/1"}""", ct),
        };
        var read = await ledger.ReadAsync("c1", ct);
        Assert.Equal([0L, 1L], read.Select(e => e.Sequence));
        Assert.Equal(0, (await ledger.ReadAsync("c2", ct))[0].Sequence);
        Assert.Equal(written[1].CanonicalBytes(), read[1].CanonicalBytes());
        var tree = new MerkleTree();
        foreach (var entry in read)
        {
            tree.AppendLeafHash(entry.LeafHash());
        }

        Assert.True(MerkleProofs.VerifyInclusion(1, 2, written[1].LeafHash(), tree.InclusionProof(1, 2), tree.RootHash(2)).IsValid);
        Assert.Contains("first note", CaseFold.Fold(read).Json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE ledger_entries SET payload = 'changed'")]
    [InlineData("DELETE FROM ledger_entries")]
    public async Task Database_RefusesToChangeOrRemoveEntries(string sql)
    {
        var ct = TestContext.Current.CancellationToken;
        await Service().AppendAsync("c1", EntryKind.Note, EntryAuthor.User("u1"), """{"text":"kept"}""", ct);
        await using var db = new DocketDbContext(Options);
        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql, ct));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Single(await Service().ReadAsync("c1", ct));
    }

    [Fact]
    public async Task Database_RefusesSecondEntryWithSameSequence()
    {
        var ct = TestContext.Current.CancellationToken;
        var entry = await Service().AppendAsync("c1", EntryKind.Note, EntryAuthor.User("u1"), """{"text":"one"}""", ct);
        await using var db = new DocketDbContext(Options);
        db.LedgerEntries.Add(LedgerService.ToRow(entry));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        Assert.True(_database.Dialect.IsUniqueViolation(error.InnerException!));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWriters_NeverForkOrLoseEntries()
    {
        var ct = TestContext.Current.CancellationToken;
        const int writers = 4;
        const int each = 25;
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var ledger = Service();
            var mine = new List<long>();
            for (var i = 0; i < each; i++)
            {
                mine.Add((await ledger.AppendAsync("shared", EntryKind.Note, EntryAuthor.User($"w{w}"), $$"""{"text":"w{{w}} #{{i}}"}""", ct)).Sequence);
            }

            return mine;
        }, ct)).ToList();
        var acknowledged = (await Task.WhenAll(tasks)).SelectMany(s => s).ToList();
        var stored = await Service().ReadAsync("shared", ct);
        Assert.Equal(Enumerable.Range(0, writers * each).Select(i => (long)i), stored.Select(e => e.Sequence));
        Assert.Equal(acknowledged.Order(), stored.Select(e => e.Sequence));
    }

    [Fact]
    public async Task AppendBatchAsync_ConcurrentWithSingleAppends_KeepsEveryBatchWholeAndConsecutive()
    {
        var ct = TestContext.Current.CancellationToken;
        var batches = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            var ledger = Service();
            var items = Enumerable.Range(0, 250).Select(i => (EntryKind.Note, EntryAuthor.User($"b{w}"), $$"""{"text":"b{{w}} #{{i}}"}""")).ToList();
            return await ledger.AppendBatchAsync("mixed", items, ct);
        }, ct)).ToList();
        var singles = Task.Run(async () =>
        {
            var ledger = Service();
            for (var i = 0; i < 30; i++)
            {
                await ledger.AppendAsync("mixed", EntryKind.Note, EntryAuthor.User("s"), $$"""{"text":"s #{{i}}"}""", ct);
            }
        }, ct);
        var written = await Task.WhenAll(batches);
        await singles;
        var stored = await Service().ReadAsync("mixed", ct);
        Assert.Equal(Enumerable.Range(0, (3 * 250) + 30).Select(i => (long)i), stored.Select(e => e.Sequence));
        foreach (var batch in written)
        {
            // A batch's entries are consecutive in the log and stored byte for byte as acknowledged.
            Assert.Equal(Enumerable.Range((int)batch[0].Sequence, batch.Count).Select(i => (long)i), batch.Select(e => e.Sequence));
            Assert.All(batch, e => Assert.Equal(e.CanonicalBytes(), stored[(int)e.Sequence].CanonicalBytes()));
        }
    }
}
