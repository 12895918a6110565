using System.Text.Json;
using Docket.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary>The ledger commands end to end on a SQLite file: open, list, show as of, log, checkpoint, prove, verify, keys; and tampering.</summary>
public sealed class LedgerCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private (int Code, string Out, string Err) Run(params string[] args) => _sandbox.Run(args);

    private string Open(string example)
    {
        var (code, output, _) = Run("case", "open", RepositoryPaths.Combine("examples", "cases", example), "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public void CaseOpen_ThenListShowLogVerify_Works()
    {
        var first = Open("01-house-bold.md");
        var second = Open("03-house-plain.txt");
        Assert.NotEqual(first, second);
        var (_, list, _) = Run("case", "list");
        Assert.Contains(first, list, StringComparison.Ordinal);
        Assert.Contains(second, list, StringComparison.Ordinal);

        var (showCode, show, _) = Run("case", "show", first, "--as-of", "0");
        Assert.Equal(ExitCodes.Success, showCode);
        using (var json = JsonDocument.Parse(show))
        {
            Assert.Equal("Northwind Payments, Inc.", json.RootElement.GetProperty("parties")[0].GetProperty("name").GetString());
        }

        var (logCode, log, _) = Run("log", first);
        Assert.Equal(ExitCodes.Success, logCode);
        Assert.Contains("case-opened", log, StringComparison.Ordinal);
        var (verifyCode, verify, _) = Run("verify", first);
        Assert.Equal((ExitCodes.Success, "verified: 1 entries"), (verifyCode, verify.Trim()));
    }

    [Fact]
    public void Checkpoint_SignedWithNewKey_VerifiesWithItsPublicKey()
    {
        var id = Open("02-house-headings.md");
        var (keyCode, verifierKey, _) = Run("keys", "new", "neutral.example/docket", "--out", _sandbox.Dir);
        Assert.Equal(ExitCodes.Success, keyCode);
        var (code, note, _) = Run("checkpoint", id, "--sign", Path.Combine(_sandbox.Dir, "neutral.example_docket.key"));
        Assert.Equal(ExitCodes.Success, code);
        var parsed = Core.Ledger.Notes.SignedNote.Parse(note, out var error) ?? throw new InvalidOperationException(error);
        Assert.Equal(["neutral.example/docket"], parsed.Verify([verifierKey.Trim()]).VerifiedBy);
        Assert.StartsWith($"docket/case/{id}\n1\n", parsed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_Entry_VerifiesAgainstRoot()
    {
        var id = Open("04-client-memo.md");
        var (code, output, _) = Run("prove", id, "0", "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("verified").GetBoolean());
        Assert.Equal(ExitCodes.InputErrors, Run("prove", id, "5").Code);
    }

    [Fact]
    public void Verify_TamperedEntry_FailsNamingIt()
    {
        var id = Open("05-email-summary.txt");
        using (var connection = new SqliteConnection($"Data Source={_sandbox.Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Someone with file access removes the guard and edits the stored payload.
            command.CommandText = "DROP TRIGGER ledger_entries_no_update; UPDATE ledger_entries SET payload = replace(payload, 'Castellan', 'Castellon');";
            command.ExecuteNonQuery();
        }

        var (code, _, error) = Run("verify", id);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("Entry 0 was altered", error, StringComparison.Ordinal);
        Assert.Contains("LED009", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoint_CoSignedByBothSides_IsStoredAndPinsTheLogAgainstAConsistentRewrite()
    {
        var id = Open("05-email-summary.txt");
        Assert.Equal(ExitCodes.Success, Run("note", id, "Vendor disputes the deployment date.", "--by", "P2").Code);
        var vendorKey = Run("keys", "new", "vendor.example/docket", "--out", _sandbox.Dir).Out.Trim();
        var clientKey = Run("keys", "new", "client.example/docket", "--out", _sandbox.Dir).Out.Trim();
        Assert.Equal(ExitCodes.Success, Run("checkpoint", id, "--sign", Path.Combine(_sandbox.Dir, "vendor.example_docket.key")).Code);
        Assert.Equal(ExitCodes.Success, Run("checkpoint", id, "--size", "1", "--sign", Path.Combine(_sandbox.Dir, "client.example_docket.key")).Code);
        Assert.Equal(ExitCodes.Success, Run("checkpoint", id, "--sign", Path.Combine(_sandbox.Dir, "client.example_docket.key")).Code);
        Assert.Equal(ExitCodes.Usage, Run("checkpoint", id, "--size", "3").Code);

        // Both signatures are stored: the plain checkpoint command prints the note with both.
        var (_, note, _) = Run("checkpoint", id);
        var parsed = Core.Ledger.Notes.SignedNote.Parse(note, out var parseError) ?? throw new InvalidOperationException(parseError);
        Assert.Equal(["vendor.example/docket", "client.example/docket"], parsed.Verify([vendorKey, clientKey]).VerifiedBy);
        Assert.Equal(ExitCodes.Success, Run("verify", id).Code);

        // A forger with file access rewrites entry 1 and its stored hash consistently: the rows check out on their
        // own, but the signed checkpoints no longer do.
        using (var connection = new SqliteConnection($"Data Source={_sandbox.Db}"))
        {
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT payload, author_kind, author_id, recorded_at_unix_ms FROM ledger_entries WHERE case_id = $id AND sequence = 1";
            read.Parameters.AddWithValue("$id", id);
            Core.Ledger.Entries.LedgerEntry forged;
            using (var row = read.ExecuteReader())
            {
                Assert.True(row.Read());
                forged = Core.Ledger.Entries.LedgerEntry.Restore(
                    id, 1, Core.Ledger.Entries.EntryKind.Note, new Core.Ledger.Entries.EntryAuthor(row.GetString(1), row.GetString(2)),
                    NodaTime.Instant.FromUnixTimeMilliseconds(row.GetInt64(3)), row.GetString(0).Replace("disputes", "accepts", StringComparison.Ordinal));
            }

            using var write = connection.CreateCommand();
            write.CommandText = "DROP TRIGGER ledger_entries_no_update; UPDATE ledger_entries SET payload = $payload, leaf_hash = $hash WHERE case_id = $id AND sequence = 1;";
            write.Parameters.AddWithValue("$payload", forged.Payload);
            write.Parameters.AddWithValue("$hash", forged.LeafHash());
            write.Parameters.AddWithValue("$id", id);
            write.ExecuteNonQuery();
        }

        var (code, _, error) = Run("verify", id);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("The checkpoint at size 2 signed by vendor.example/docket does not verify", error, StringComparison.Ordinal);
        Assert.DoesNotContain("was altered", error, StringComparison.Ordinal); // the rows alone check out: the signatures catch it
        Assert.DoesNotContain("size 1", error, StringComparison.Ordinal); // entry 0, under the client's size-1 signature, is untouched
    }

    [Fact]
    public void EvidenceAdd_File_IsStoredAndFoldedIntoTheCase()
    {
        var id = Open("06-court-background.txt");
        var file = Path.Combine(_sandbox.Dir, "forensic-report.txt");
        File.WriteAllText(file, "Skimming script present on checkout pages from August 2022.");
        var (code, output, _) = Run("evidence", "add", id, file, "--kind", "report", "--by", "P1", "--shows", "the skimmer was live for months");
        Assert.Equal(ExitCodes.Success, code);
        var hash = output.Split(' ')[0];
        Assert.True(File.Exists(Path.Combine(_sandbox.Dir, "evidence", hash[..2], hash[2..4], hash)));
        var (_, show, _) = Run("case", "show", id);
        using var json = JsonDocument.Parse(show);
        var evidence = json.RootElement.GetProperty("evidence")[0];
        Assert.Equal((hash, "text/plain", 1L), (evidence.GetProperty("sha256").GetString(), evidence.GetProperty("mediaType").GetString(), evidence.GetProperty("entry").GetInt64()));
        Assert.Equal(ExitCodes.Success, Run("verify", id).Code);
    }

    [Fact]
    public void Show_UnknownCase_ExitsOne() => Assert.Equal(ExitCodes.InputErrors, Run("case", "show", "c-missing").Code);
}
