using Microsoft.EntityFrameworkCore;

namespace Docket.Storage.Tests.Ledger;

/// <summary>A fresh, migrated database for one test class, on one provider.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public DbContextOptions<DocketDbContext> Options { get; protected set; } = null!;

    public abstract Storage.Ledger.LedgerDialect Dialect { get; }

    public abstract ValueTask DisposeAsync();
}
