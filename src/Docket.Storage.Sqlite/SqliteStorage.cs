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
    /// <remarks>
    /// EF Core guards migrations with a lock row in <c>__EFMigrationsLock</c>. A process killed while migrating leaves
    /// that row behind and every later migration would wait for it forever (the crash test found this), so an
    /// up-to-date database is not migrated at all, and a lock older than <see cref="StaleLock"/> is removed first:
    /// SQLite migrations take milliseconds, so such a lock belongs to a process that died.
    /// </remarks>
    public static async Task MigrateAsync(DbContextOptions<DocketDbContext> options, CancellationToken cancellationToken)
    {
        var db = new DocketDbContext(options);
        await using (db.ConfigureAwait(false))
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
            {
                await RemoveStaleLockAsync(db, cancellationToken).ConfigureAwait(false);
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How old a migration lock must be to count as left by a dead process.</summary>
    public static readonly TimeSpan StaleLock = TimeSpan.FromSeconds(30);

    private static async Task RemoveStaleLockAsync(DocketDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = db.Database.GetDbConnection();
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT \"Id\", \"Timestamp\" FROM \"__EFMigrationsLock\"";
                var stale = new List<long>();
                try
                {
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            if (!DateTimeOffset.TryParse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var taken)
                                || TimeProvider.System.GetUtcNow() - taken > StaleLock)
                            {
                                stale.Add(reader.GetInt64(0));
                            }
                        }
                    }
                }
                catch (SqliteException)
                {
                    return; // No lock table yet: nothing can be stale.
                }

                foreach (var id in stale)
                {
                    command.CommandText = "DELETE FROM \"__EFMigrationsLock\" WHERE \"Id\" = $id";
                    command.Parameters.Clear();
                    command.Parameters.Add(new SqliteParameter("$id", id));
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The ledger's view of this provider: its unique-violation error, and one prepared single-row INSERT reused for every row.</summary>
    public static LedgerDialect Dialect { get; } = new(IsUniqueViolation, RowsPerStatement: 1);

    /// <summary>True for SQLite's constraint error, which the unique (case, sequence) index raises.</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 };
}
