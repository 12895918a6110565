using Docket.Storage.Access;
using Docket.Storage.Ledger;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Docket.Storage;

/// <summary>
/// Docket's one database context: the case ledger, and the people who work on cases (ASP.NET Core Identity's users,
/// case memberships and API tokens, and the web server's data-protection keys, so every server on one database
/// honours the same sign-ins). Each provider keeps its migrations in its own assembly.
/// </summary>
public sealed class DocketDbContext(DbContextOptions<DocketDbContext> options) : IdentityDbContext<DocketUser>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring that protects sign-in cookies and antiforgery tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Every case's ledger entries.</summary>
    public DbSet<LedgerEntryRow> LedgerEntries => Set<LedgerEntryRow>();

    /// <summary>Signatures on cases' checkpoints.</summary>
    public DbSet<CheckpointSignatureRow> CheckpointSignatures => Set<CheckpointSignatureRow>();

    /// <summary>Who is a member of which case, in which role.</summary>
    public DbSet<CaseMemberRow> CaseMembers => Set<CaseMemberRow>();

    /// <summary>Personal API tokens, by hash.</summary>
    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DocketDbContext).Assembly);
    }
}
