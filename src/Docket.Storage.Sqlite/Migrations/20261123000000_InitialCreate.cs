using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Docket.Storage.Sqlite.Migrations;

/// <summary>The ledger table, its unique (case, sequence) index, and triggers that make it append-only.</summary>
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
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                sequence = table.Column<long>(type: "INTEGER", nullable: false),
                kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                author_kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                author_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                recorded_at_unix_ms = table.Column<long>(type: "INTEGER", nullable: false),
                payload = table.Column<string>(type: "TEXT", nullable: false),
                leaf_hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ledger_entries", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ux_ledger_entries_case_sequence",
            table: "ledger_entries",
            columns: ["case_id", "sequence"],
            unique: true);

        // The database itself refuses to change or remove a ledger row, whatever code connects to it.
        migrationBuilder.Sql("CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;");
        migrationBuilder.Sql("CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_no_update;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_no_delete;");
        migrationBuilder.DropTable(name: "ledger_entries");
    }
}
