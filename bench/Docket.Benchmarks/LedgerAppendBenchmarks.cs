using BenchmarkDotNet.Attributes;
using Docket.Core.Ledger.Entries;
using Docket.Storage;
using Docket.Storage.Ledger;
using Docket.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Docket.Benchmarks;

/// <summary>
/// Durable appends: 10,000 entries in batches of 1,000 (one transaction each), and 200 entries one transaction
/// each, on a SQLite file in WAL mode and on PostgreSQL (the server in DOCKET_TEST_PG, which bench/run.sh starts).
/// bench/run.sh turns the medians into entries per second.
/// </summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class LedgerAppendBenchmarks
{
    public const int BatchedEntries = 10_000;
    public const int SingleEntries = 200;
    private string _dir = string.Empty;
    private string _pgDatabase = string.Empty;
    private LedgerService _ledger = null!;
    private int _case;

    [Params("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("DOCKET_TEST_PG")
                ?? throw new InvalidOperationException("DOCKET_TEST_PG must name a PostgreSQL server (bench/run.sh starts one).");
            _pgDatabase = "docket_bench_" + Guid.NewGuid().ToString("N");
            Execute(server, $"CREATE DATABASE {_pgDatabase}");
            var pg = Storage.Postgres.PostgresStorage.Options(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = _pgDatabase }.ToString());
            Storage.Postgres.PostgresStorage.MigrateAsync(pg, CancellationToken.None).GetAwaiter().GetResult();
            _ledger = new LedgerService(() => new DocketDbContext(pg), TimeProvider.System, Storage.Postgres.PostgresStorage.Dialect);
            return;
        }

        _dir = Directory.CreateTempSubdirectory("docket-bench-").FullName;
        var options = SqliteStorage.Options(Path.Combine(_dir, "docket.db"));
        SqliteStorage.MigrateAsync(options, CancellationToken.None).GetAwaiter().GetResult();
        _ledger = new LedgerService(() => new DocketDbContext(options), TimeProvider.System, SqliteStorage.Dialect);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Provider == "postgres")
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Execute(Environment.GetEnvironmentVariable("DOCKET_TEST_PG")!, $"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)");
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(server);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    [Benchmark]
    public async Task<int> AppendBatched()
    {
        var caseId = "batched-" + _case++;
        var author = EntryAuthor.User("bench");
        for (var b = 0; b < BatchedEntries / 1000; b++)
        {
            var items = Enumerable.Range(0, 1000).Select(i => (EntryKind.Note, author, $$"""{"text":"note {{b}}-{{i}}"}""")).ToList();
            await _ledger.AppendBatchAsync(caseId, items, CancellationToken.None);
        }

        return BatchedEntries;
    }

    [Benchmark]
    public async Task<int> AppendOneTransactionEach()
    {
        var caseId = "single-" + _case++;
        var author = EntryAuthor.User("bench");
        for (var i = 0; i < SingleEntries; i++)
        {
            await _ledger.AppendAsync(caseId, EntryKind.Note, author, $$"""{"text":"note {{i}}"}""", CancellationToken.None);
        }

        return SingleEntries;
    }
}
