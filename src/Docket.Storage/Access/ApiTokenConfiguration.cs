using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Storage.Access;

/// <summary>Maps <see cref="ApiTokenRow"/> to <c>api_tokens</c>, looked up by hash.</summary>
internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiTokenRow>
{
    public void Configure(EntityTypeBuilder<ApiTokenRow> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");
        builder.Property(t => t.UserId).HasColumnName("user_id").HasMaxLength(450);
        builder.Property(t => t.Name).HasColumnName("name").HasMaxLength(100);
        builder.Property(t => t.Hash).HasColumnName("hash").HasMaxLength(32);
        builder.Property(t => t.CreatedAtUnixMs).HasColumnName("created_at_unix_ms");
        builder.Property(t => t.Revoked).HasColumnName("revoked");
        builder.HasIndex(t => t.Hash).IsUnique().HasDatabaseName("ux_api_tokens_hash");
        builder.HasOne<DocketUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
