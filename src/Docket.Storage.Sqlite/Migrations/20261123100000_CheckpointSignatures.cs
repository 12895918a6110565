using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Docket.Storage.Sqlite.Migrations;

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
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                tree_size = table.Column<long>(type: "INTEGER", nullable: false),
                verifier_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                signature_line = table.Column<string>(type: "TEXT", nullable: false),
                recorded_at_unix_ms = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_checkpoint_signatures", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ux_checkpoint_signatures_case_size_key",
            table: "checkpoint_signatures",
            columns: ["case_id", "tree_size", "verifier_key"],
            unique: true);

        migrationBuilder.Sql("CREATE TRIGGER checkpoint_signatures_no_update BEFORE UPDATE ON checkpoint_signatures BEGIN SELECT RAISE(ABORT, 'checkpoint signatures are append-only'); END;");
        migrationBuilder.Sql("CREATE TRIGGER checkpoint_signatures_no_delete BEFORE DELETE ON checkpoint_signatures BEGIN SELECT RAISE(ABORT, 'checkpoint signatures are append-only'); END;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS checkpoint_signatures_no_update;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS checkpoint_signatures_no_delete;");
        migrationBuilder.DropTable(name: "checkpoint_signatures");
    }
}
