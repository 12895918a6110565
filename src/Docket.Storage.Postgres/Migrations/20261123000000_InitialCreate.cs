using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Docket.Storage.Postgres.Migrations;

/// <summary>The ledger table, its unique (case, sequence) index, and a trigger that makes it append-only.</summary>
[DbContext(typeof(DocketDbContext))]
[Migration("20261123000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ledger_entries",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                case_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                sequence = table.Column<long>(type: "bigint", nullable: false),
                kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                author_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                author_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                recorded_at_unix_ms = table.Column<long>(type: "bigint", nullable: false),
                payload = table.Column<string>(type: "text", nullable: false),
                leaf_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ledger_entries", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ux_ledger_entries_case_sequence",
            table: "ledger_entries",
            columns: ["case_id", "sequence"],
            unique: true);

        // The database itself refuses to change or remove a ledger row, whatever code connects to it.
        migrationBuilder.Sql("""
            CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'ledger entries are append-only';
            END $$;
            CREATE TRIGGER ledger_entries_no_change BEFORE UPDATE OR DELETE ON ledger_entries
                FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
            CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
                FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_append_only();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_no_change ON ledger_entries; DROP TRIGGER IF EXISTS ledger_entries_no_truncate ON ledger_entries; DROP FUNCTION IF EXISTS ledger_entries_append_only();");
        migrationBuilder.DropTable(name: "ledger_entries");
    }
}
