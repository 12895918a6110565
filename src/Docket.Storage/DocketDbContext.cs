using Docket.Storage.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Docket.Storage;

/// <summary>Docket's one database context; each provider keeps its migrations in its own assembly.</summary>
public sealed class DocketDbContext(DbContextOptions<DocketDbContext> options) : DbContext(options)
{
    /// <summary>Every case's ledger entries.</summary>
    public DbSet<LedgerEntryRow> LedgerEntries => Set<LedgerEntryRow>();

    /// <summary>Signatures on cases' checkpoints.</summary>
    public DbSet<CheckpointSignatureRow> CheckpointSignatures => Set<CheckpointSignatureRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocketDbContext).Assembly);
    }
}
