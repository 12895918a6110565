using Docket.Storage;
using Docket.Storage.Ledger;
using Docket.Storage.Postgres;
using Docket.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Docket.Cli.Commands;

/// <summary>
/// Opens the case database for a command: <c>--db</c>, else <c>DOCKET_DB</c>, else <c>docket.db</c> in the working
/// folder. A PostgreSQL connection string ("Host=…;Database=…") selects PostgreSQL; anything else is a SQLite file.
/// The database is migrated first.
/// </summary>
internal sealed class LedgerHost
{
    private LedgerHost(string location, DbContextOptions<DocketDbContext> options, LedgerDialect dialect)
    {
        Location = location;
        var time = TimeProvider.System;
        Ledger = new LedgerService(() => new DocketDbContext(options), time, dialect);
        Cases = new CaseLedger(() => new DocketDbContext(options), Ledger, time);
    }

    /// <summary>The SQLite file, or the PostgreSQL connection string.</summary>
    public string Location { get; }

    public LedgerService Ledger { get; }

    public CaseLedger Cases { get; }

    public bool IsPostgres => Location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The evidence folder: <paramref name="explicitFolder"/>, else 'evidence' beside a SQLite file, else in the working folder.</summary>
    public string EvidenceFolder(string? explicitFolder) => explicitFolder ?? (IsPostgres
        ? Path.Combine(Directory.GetCurrentDirectory(), "evidence")
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Location))!, "evidence"));

    public static async Task<LedgerHost> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var location = db ?? Environment.GetEnvironmentVariable("DOCKET_DB") ?? Path.Combine(Directory.GetCurrentDirectory(), "docket.db");
        if (location.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            var postgres = PostgresStorage.Options(location);
            await PostgresStorage.MigrateAsync(postgres, cancellationToken).ConfigureAwait(false);
            return new LedgerHost(location, postgres, PostgresStorage.Dialect);
        }

        var sqlite = SqliteStorage.Options(location);
        await SqliteStorage.MigrateAsync(sqlite, cancellationToken).ConfigureAwait(false);
        return new LedgerHost(location, sqlite, SqliteStorage.Dialect);
    }
}
