using Docket.Storage.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Docket.Storage.Sqlite.Migrations;

/// <summary>The model as the migrations leave it, for EF's pending-changes check.</summary>
[DbContext(typeof(DocketDbContext))]
public sealed class DocketDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasAnnotation("ProductVersion", "10.0.15");
        modelBuilder.Entity<LedgerEntryRow>(b =>
        {
            b.Property(e => e.Id).ValueGeneratedOnAdd().HasColumnType("INTEGER").HasColumnName("id");
            b.Property(e => e.AuthorId).IsRequired().HasMaxLength(128).HasColumnType("TEXT").HasColumnName("author_id");
            b.Property(e => e.AuthorKind).IsRequired().HasMaxLength(8).HasColumnType("TEXT").HasColumnName("author_kind");
            b.Property(e => e.CaseId).IsRequired().HasMaxLength(64).HasColumnType("TEXT").HasColumnName("case_id");
            b.Property(e => e.Kind).IsRequired().HasMaxLength(32).HasColumnType("TEXT").HasColumnName("kind");
            b.Property(e => e.LeafHash).IsRequired().HasMaxLength(32).HasColumnType("BLOB").HasColumnName("leaf_hash");
            b.Property(e => e.Payload).IsRequired().HasColumnType("TEXT").HasColumnName("payload");
            b.Property(e => e.RecordedAtUnixMs).HasColumnType("INTEGER").HasColumnName("recorded_at_unix_ms");
            b.Property(e => e.Sequence).HasColumnType("INTEGER").HasColumnName("sequence");
            b.HasKey(e => e.Id);
            b.HasIndex(e => new { e.CaseId, e.Sequence }).IsUnique().HasDatabaseName("ux_ledger_entries_case_sequence");
            b.ToTable("ledger_entries");
        });
        modelBuilder.Entity<CheckpointSignatureRow>(b =>
        {
            b.Property(e => e.Id).ValueGeneratedOnAdd().HasColumnType("INTEGER").HasColumnName("id");
            b.Property(e => e.CaseId).IsRequired().HasMaxLength(64).HasColumnType("TEXT").HasColumnName("case_id");
            b.Property(e => e.RecordedAtUnixMs).HasColumnType("INTEGER").HasColumnName("recorded_at_unix_ms");
            b.Property(e => e.SignatureLine).IsRequired().HasColumnType("TEXT").HasColumnName("signature_line");
            b.Property(e => e.TreeSize).HasColumnType("INTEGER").HasColumnName("tree_size");
            b.Property(e => e.VerifierKey).IsRequired().HasMaxLength(512).HasColumnType("TEXT").HasColumnName("verifier_key");
            b.HasKey(e => e.Id);
            b.HasIndex(e => new { e.CaseId, e.TreeSize, e.VerifierKey }).IsUnique().HasDatabaseName("ux_checkpoint_signatures_case_size_key");
            b.ToTable("checkpoint_signatures");
        });
    }
}
