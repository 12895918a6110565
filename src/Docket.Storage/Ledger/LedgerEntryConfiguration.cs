using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Storage.Ledger;

/// <summary>Maps <see cref="LedgerEntryRow"/> to <c>ledger_entries</c>, with the unique (case, sequence) index.</summary>
internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntryRow>
{
    public void Configure(EntityTypeBuilder<LedgerEntryRow> builder)
    {
        builder.ToTable("ledger_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(e => e.Sequence).HasColumnName("sequence");
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(32);
        builder.Property(e => e.AuthorKind).HasColumnName("author_kind").HasMaxLength(8);
        builder.Property(e => e.AuthorId).HasColumnName("author_id").HasMaxLength(128);
        builder.Property(e => e.RecordedAtUnixMs).HasColumnName("recorded_at_unix_ms");
        builder.Property(e => e.Payload).HasColumnName("payload");
        builder.Property(e => e.LeafHash).HasColumnName("leaf_hash").HasMaxLength(32);
        builder.HasIndex(e => new { e.CaseId, e.Sequence }).IsUnique().HasDatabaseName("ux_ledger_entries_case_sequence");
    }
}
