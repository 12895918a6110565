using Docket.Storage;
using Docket.Storage.Ledger;
using Docket.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Docket.Cli.Commands;

/// <summary>Opens the case database for a command: <c>--db</c>, else <c>DOCKET_DB</c>, else <c>docket.db</c> in the working folder; migrated first.</summary>
internal sealed class LedgerHost
{
    private LedgerHost(string path, DbContextOptions<DocketDbContext> options)
    {
        DatabasePath = path;
        var time = TimeProvider.System;
        Ledger = new LedgerService(() => new DocketDbContext(options), time, SqliteStorage.IsUniqueViolation);
        Cases = new CaseLedger(() => new DocketDbContext(options), Ledger, time);
    }

    public string DatabasePath { get; }

    public LedgerService Ledger { get; }

    public CaseLedger Cases { get; }

    public static async Task<LedgerHost> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var path = db ?? Environment.GetEnvironmentVariable("DOCKET_DB") ?? Path.Combine(Directory.GetCurrentDirectory(), "docket.db");
        var options = SqliteStorage.Options(path);
        await SqliteStorage.MigrateAsync(options, cancellationToken).ConfigureAwait(false);
        return new LedgerHost(path, options);
    }
}
