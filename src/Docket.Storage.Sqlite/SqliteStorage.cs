using Docket.Storage.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Docket.Storage.Sqlite;

/// <summary>Docket on SQLite: a file database in WAL mode, migrated by this assembly's migrations.</summary>
public static class SqliteStorage
{
    /// <summary>Context options for the database file at <paramref name="path"/>.</summary>
    public static DbContextOptions<DocketDbContext> Options(string path) =>
        new DbContextOptionsBuilder<DocketDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString(),
                sqlite => sqlite.MigrationsAssembly(typeof(SqliteStorage).Assembly.GetName().Name))
            .Options;

    /// <summary>Applies the migrations and turns on write-ahead logging (from a command or at start, never in a request).</summary>
    public static async Task MigrateAsync(DbContextOptions<DocketDbContext> options, CancellationToken cancellationToken)
    {
        var db = new DocketDbContext(options);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The ledger's view of this provider: its unique-violation error, and one prepared single-row INSERT reused for every row.</summary>
    public static LedgerDialect Dialect { get; } = new(IsUniqueViolation, RowsPerStatement: 1);

    /// <summary>True for SQLite's constraint error, which the unique (case, sequence) index raises.</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 };
}
