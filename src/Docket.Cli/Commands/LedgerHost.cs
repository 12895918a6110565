using Docket.Core.Ledger;
using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Notes;
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

    public bool IsPostgres => IsConnectionString(Location);

    /// <summary>The evidence folder: <paramref name="explicitFolder"/>, else 'evidence' beside a SQLite file, else in the working folder.</summary>
    public string EvidenceFolder(string? explicitFolder) => explicitFolder ?? (IsPostgres
        ? Path.Combine(Directory.GetCurrentDirectory(), "evidence")
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Location))!, "evidence"));

    /// <summary>Who the command line records as the author of what it appends: the signed-in user.</summary>
    public static EntryAuthor CurrentUser => EntryAuthor.User(Environment.UserName is { Length: > 0 } user ? user : "cli");

    /// <summary>The case's entries in sequence order; null, after writing so to <paramref name="error"/>, when there is no such case.</summary>
    public async Task<IReadOnlyList<LedgerEntry>?> ReadCaseAsync(string caseId, TextWriter error, CancellationToken cancellationToken)
    {
        var entries = await Ledger.ReadAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (entries.Count > 0)
        {
            return entries;
        }

        error.WriteLine($"docket: error: no case '{caseId}' in {Location}.");
        return null;
    }

    /// <summary>The signer key in <paramref name="keyFile"/> (from 'docket keys new'); null, after writing why, when it cannot be read.</summary>
    public static NoteSigner? ReadSigner(string keyFile, TextWriter error)
    {
        try
        {
            return NoteSigner.Parse(File.ReadAllText(keyFile).Trim());
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{keyFile}: error {LedgerDiagnosticCodes.MalformedNote}: {ex.Message}");
            return null;
        }
    }

    private static bool IsConnectionString(string location) => location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static async Task<LedgerHost> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var location = db ?? Environment.GetEnvironmentVariable("DOCKET_DB") ?? Path.Combine(Directory.GetCurrentDirectory(), "docket.db");
        if (IsConnectionString(location))
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
