using Docket.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Docket.Storage.Tests.Ledger;

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _dir = Directory.CreateTempSubdirectory("docket-ledger-").FullName;

    private SqliteTestDatabase() => Options = SqliteStorage.Options(Path.Combine(_dir, "docket.db"));

    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new SqliteTestDatabase();
        await SqliteStorage.MigrateAsync(db.Options, TestContext.Current.CancellationToken);
        return db;
    }

    public override Storage.Ledger.LedgerDialect Dialect => SqliteStorage.Dialect;

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return ValueTask.CompletedTask;
    }
}
