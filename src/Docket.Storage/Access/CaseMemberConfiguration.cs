using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Storage.Access;

/// <summary>Maps <see cref="CaseMemberRow"/> to <c>case_members</c>: one row per (case, user).</summary>
internal sealed class CaseMemberConfiguration : IEntityTypeConfiguration<CaseMemberRow>
{
    public void Configure(EntityTypeBuilder<CaseMemberRow> builder)
    {
        builder.ToTable("case_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id");
        builder.Property(m => m.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(m => m.UserId).HasColumnName("user_id").HasMaxLength(450);
        builder.Property(m => m.Role).HasColumnName("role").HasMaxLength(16);
        builder.Property(m => m.CanManage).HasColumnName("can_manage");
        builder.Property(m => m.AddedAtUnixMs).HasColumnName("added_at_unix_ms");
        builder.HasIndex(m => new { m.CaseId, m.UserId }).IsUnique().HasDatabaseName("ux_case_members_case_user");
        builder.HasIndex(m => m.UserId).HasDatabaseName("ix_case_members_user");
        builder.HasOne<DocketUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
