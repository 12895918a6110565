using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Docket.Storage.Postgres.Migrations;

/// <summary>Stored checkpoint signatures (a case's own and parties' co-signatures), append-only like the ledger.</summary>
[DbContext(typeof(DocketDbContext))]
[Migration("20261123100000_CheckpointSignatures")]
public sealed class CheckpointSignatures : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "checkpoint_signatures",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                case_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                tree_size = table.Column<long>(type: "bigint", nullable: false),
                verifier_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                signature_line = table.Column<string>(type: "text", nullable: false),
                recorded_at_unix_ms = table.Column<long>(type: "bigint", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_checkpoint_signatures", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ux_checkpoint_signatures_case_size_key",
            table: "checkpoint_signatures",
            columns: ["case_id", "tree_size", "verifier_key"],
            unique: true);

        migrationBuilder.Sql("""
            CREATE FUNCTION checkpoint_signatures_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'checkpoint signatures are append-only';
            END $$;
            CREATE TRIGGER checkpoint_signatures_no_change BEFORE UPDATE OR DELETE ON checkpoint_signatures
                FOR EACH ROW EXECUTE FUNCTION checkpoint_signatures_append_only();
            CREATE TRIGGER checkpoint_signatures_no_truncate BEFORE TRUNCATE ON checkpoint_signatures
                FOR EACH STATEMENT EXECUTE FUNCTION checkpoint_signatures_append_only();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS checkpoint_signatures_no_change ON checkpoint_signatures; DROP TRIGGER IF EXISTS checkpoint_signatures_no_truncate ON checkpoint_signatures; DROP FUNCTION IF EXISTS checkpoint_signatures_append_only();");
        migrationBuilder.DropTable(name: "checkpoint_signatures");
    }
}
