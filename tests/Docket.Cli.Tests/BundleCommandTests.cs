using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Docket.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary>Export a case as a bundle and verify it offline; every kind of tampering fails, naming what broke.</summary>
public sealed class BundleCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private (int Code, string Out, string Err) Run(params string[] args) => _sandbox.Run(args);

    // A case with three entries (opened, evidence twice), the client's co-signature on the checkpoint at size 2,
    // exported with the neutral's signature on the checkpoint at size 3.
    private string Bundle()
    {
        var (_, opened, _) = Run("case", "open", RepositoryPaths.Combine("examples", "cases", "03-house-plain.txt"), "--json");
        using var json = JsonDocument.Parse(opened);
        var id = json.RootElement.GetProperty("id").GetString()!;
        var evidence = Path.Combine(_sandbox.Dir, "siem-export.csv");
        File.WriteAllText(evidence, "source,onboarded\nfirewall,no\nvpn,no\n");
        Assert.Equal(ExitCodes.Success, Run("evidence", "add", id, evidence, "--kind", "log", "--by", "P1").Code);
        Run("keys", "new", "client.example/docket", "--out", _sandbox.Dir);
        Assert.Equal(ExitCodes.Success, Run("checkpoint", id, "--sign", Path.Combine(_sandbox.Dir, "client.example_docket.key")).Code);
        Assert.Equal(ExitCodes.Success, Run("evidence", "add", id, Path.Combine(_sandbox.Dir, "siem-export.csv"), "--kind", "log", "--by", "P2").Code);
        Run("keys", "new", "neutral.example/docket", "--out", _sandbox.Dir);
        var bundle = Path.Combine(_sandbox.Dir, "case.zip");
        var (code, _, error) = Run("export", id, "-o", bundle, "--sign", Path.Combine(_sandbox.Dir, "neutral.example_docket.key"));
        Assert.True(code == ExitCodes.Success, error);
        return bundle;
    }

    [Fact]
    public void Verify_ExportedBundle_PassesOfflineAndNamesTheSigner()
    {
        var bundle = Bundle();
        var (code, output, _) = Run("verify", bundle);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("verified: 3 entries", output, StringComparison.Ordinal);
        Assert.Contains("signed by neutral.example/docket", output, StringComparison.Ordinal);
        using (var zip = ZipFile.OpenRead(bundle))
        {
            Assert.NotNull(zip.GetEntry("checkpoints/2.note"));
        }

        // The reader holds the neutral's key: the bundle verifies against it alone.
        Assert.Equal(ExitCodes.Success, Run("verify", bundle, "--key", Path.Combine(_sandbox.Dir, "neutral.example_docket.pub")).Code);
    }

    [Fact]
    public void Verify_WithTrustedKey_RejectsALogForgedAndRecheckpointed()
    {
        var bundle = Bundle();

        // The forger rewrites entry 1, drops the signatures, and ships a fresh unsigned checkpoint that matches.
        using (var zip = ZipFile.Open(bundle, ZipArchiveMode.Update))
        {
            string text;
            using (var reader = new StreamReader(zip.GetEntry("entries.jsonl")!.Open()))
            {
                text = reader.ReadToEnd();
            }

            var entries = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => Core.Ledger.Entries.LedgerEntry.Parse(line, out _)!)
                .ToList();
            var forged = entries[1];
            entries[1] = Core.Ledger.Entries.LedgerEntry.Restore(forged.CaseId, 1, forged.Kind, Core.Ledger.Entries.EntryAuthor.Party("P2"), forged.RecordedAt, forged.Payload);
            Replace(zip, "entries.jsonl", string.Concat(entries.Select(e => Encoding.UTF8.GetString(e.CanonicalBytes()) + "\n")));
            Replace(zip, "checkpoint.note", Core.Ledger.CaseLog.Checkpoint(forged.CaseId, entries).ToText());
            zip.GetEntry("checkpoints/2.note")!.Delete();
        }

        Assert.Equal(ExitCodes.Success, Run("verify", bundle).Code);
        var (code, _, error) = Run("verify", bundle, "--key", Path.Combine(_sandbox.Dir, "neutral.example_docket.pub"));
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("checkpoint.note: the checkpoint is not signed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithUnreadableKey_ExitsOneNamingTheKeyFile()
    {
        var id = JsonDocument.Parse(Run("case", "open", RepositoryPaths.Combine("examples", "cases", "03-house-plain.txt"), "--json").Out).RootElement.GetProperty("id").GetString()!;
        var key = Path.Combine(_sandbox.Dir, "bad.key");
        File.WriteAllText(key, "not a signer key\n");
        var (code, _, error) = Run("export", id, "-o", Path.Combine(_sandbox.Dir, "case.zip"), "--sign", key);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.StartsWith($"{key}: error LED", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputErrors, Run("export", id, "-o", Path.Combine(_sandbox.Dir, "case.zip"), "--sign", Path.Combine(_sandbox.Dir, "missing.key")).Code);
    }

    public static TheoryData<string, string> Tampering => new()
    {
        { "change a byte of an entry", "checkpoint.note: the checkpoint (size 3) does not match the entries" },
        { "reformat an entry", "Entry 1 was altered" },
        { "delete an entry", "Entry 1 is missing or out of order" },
        { "reorder two entries", "Entry 1 is missing or out of order" },
        { "replace the checkpoint", "checkpoint.note" },
        { "replace the earlier signed checkpoint", "checkpoints/2.note: the checkpoint (size 2) does not match the entries" },
        { "change an evidence file", "was altered: its content does not have its name's SHA-256" },
        { "remove an evidence file", "that the bundle does not hold" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public void Verify_TamperedBundle_FailsNamingWhatBroke(string tampering, string expected)
    {
        var bundle = Bundle();
        Tamper(bundle, tampering);
        var (code, _, error) = Run("verify", bundle);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private static void Tamper(string bundle, string how)
    {
        using var zip = ZipFile.Open(bundle, ZipArchiveMode.Update);
        var entries = zip.GetEntry("entries.jsonl")!;
        string text;
        using (var reader = new StreamReader(entries.Open()))
        {
            text = reader.ReadToEnd();
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var evidence = zip.Entries.First(e => e.FullName.StartsWith("evidence/", StringComparison.Ordinal));
        switch (how)
        {
            case "change a byte of an entry":
                lines[1] = lines[1].Replace("\"P1\"", "\"P3\"", StringComparison.Ordinal);
                Replace(zip, "entries.jsonl", string.Concat(lines.Select(l => l + "\n")));
                break;
            case "reformat an entry":
                lines[1] = lines[1].Replace("\":", "\": ", StringComparison.Ordinal);
                Replace(zip, "entries.jsonl", string.Concat(lines.Select(l => l + "\n")));
                break;
            case "delete an entry":
                lines.RemoveAt(1);
                Replace(zip, "entries.jsonl", string.Concat(lines.Select(l => l + "\n")));
                break;
            case "reorder two entries":
                (lines[1], lines[2]) = (lines[2], lines[1]);
                Replace(zip, "entries.jsonl", string.Concat(lines.Select(l => l + "\n")));
                break;
            case "replace the earlier signed checkpoint":
                var other = zip.GetEntry("checkpoints/2.note")!;
                string signed;
                using (var reader = new StreamReader(other.Open()))
                {
                    signed = reader.ReadToEnd();
                }

                var root = signed.Split('\n')[2];
                Replace(zip, other.FullName, signed.Replace(root, Convert.ToBase64String(new byte[32]), StringComparison.Ordinal));
                break;
            case "replace the checkpoint":
                Replace(zip, "checkpoint.note", $"docket/case/x\n3\n{Convert.ToBase64String(new byte[32])}\n");
                break;
            case "change an evidence file":
                Replace(zip, evidence.FullName, "source,onboarded\nfirewall,yes\n");
                break;
            default:
                evidence.Delete();
                break;
        }
    }

    private static void Replace(ZipArchive zip, string name, string content)
    {
        zip.GetEntry(name)!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
