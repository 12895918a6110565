using Microsoft.EntityFrameworkCore;

namespace Docket.Storage.Tests.Ledger;

/// <summary>A fresh, migrated database for one test class, on one provider.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public DbContextOptions<DocketDbContext> Options { get; protected set; } = null!;

    public abstract bool IsUniqueViolation(Exception exception);

    public abstract ValueTask DisposeAsync();
}
