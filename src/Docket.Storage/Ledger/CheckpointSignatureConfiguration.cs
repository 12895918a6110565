using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Storage.Ledger;

/// <summary>Maps <see cref="CheckpointSignatureRow"/> to <c>checkpoint_signatures</c>: one signature per key, case and size.</summary>
internal sealed class CheckpointSignatureConfiguration : IEntityTypeConfiguration<CheckpointSignatureRow>
{
    public void Configure(EntityTypeBuilder<CheckpointSignatureRow> builder)
    {
        builder.ToTable("checkpoint_signatures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(e => e.TreeSize).HasColumnName("tree_size");
        builder.Property(e => e.VerifierKey).HasColumnName("verifier_key").HasMaxLength(512);
        builder.Property(e => e.SignatureLine).HasColumnName("signature_line");
        builder.Property(e => e.RecordedAtUnixMs).HasColumnName("recorded_at_unix_ms");
        builder.HasIndex(e => new { e.CaseId, e.TreeSize, e.VerifierKey }).IsUnique().HasDatabaseName("ux_checkpoint_signatures_case_size_key");
    }
}
