using Docket.Storage.Ledger;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Docket.Storage.Postgres;

/// <summary>Docket on PostgreSQL, migrated by this assembly's migrations.</summary>
public static class PostgresStorage
{
    /// <summary>Context options for the database at <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<DocketDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<DocketDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresStorage).Assembly.GetName().Name))
            .Options;

    /// <summary>Applies the migrations (from a command or at start, never in a request).</summary>
    public static async Task MigrateAsync(DbContextOptions<DocketDbContext> options, CancellationToken cancellationToken)
    {
        var db = new DocketDbContext(options);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The ledger's view of this provider: its unique-violation error, and 100 rows per INSERT (800 parameters), a round trip per hundred rows.</summary>
    public static LedgerDialect Dialect { get; } = new(IsUniqueViolation, RowsPerStatement: 100);

    /// <summary>True for PostgreSQL's unique_violation (23505), which the unique (case, sequence) index raises.</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
