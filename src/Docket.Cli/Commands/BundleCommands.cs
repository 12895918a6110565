using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Docket.Core.Ledger;
using Docket.Core.Ledger.Bundles;
using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Notes;
using Docket.Storage.Evidence;
using Docket.Storage.Ledger;

namespace Docket.Cli.Commands;

/// <summary><c>docket export CASE -o bundle.zip</c> and the offline half of <c>docket verify bundle.zip</c>.</summary>
internal static class BundleCommands
{
    public static Command Export(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };
        var outFile = new Option<string>("--output", "-o") { Description = "The bundle file to write.", Required = true };
        var sign = new Option<string?>("--sign") { Description = "A signer key file: the bundle's checkpoint is signed with it and its public key included." };
        var store = new Option<string?>("--store") { Description = "The evidence folder (default: 'evidence' beside the database)." };
        var command = new Command("export", "Write the case as a bundle anyone can verify offline: entries, evidence files, checkpoint, public keys.")
        {
            caseId, outFile, sign, store,
        };
        command.SetAction((parse, ct) => ExportAsync(
            parse.GetValue(caseId)!, parse.GetValue(outFile)!, parse.GetValue(sign), parse.GetValue(store), parse.GetValue(db), output, error, ct));
        return command;
    }

    private static async Task<int> ExportAsync(string caseId, string outFile, string? keyFile, string? storeDir, string? db, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        var entries = await host.Ledger.ReadAsync(caseId, ct).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            error.WriteLine($"docket: error: no case '{caseId}'.");
            return ExitCodes.InputErrors;
        }

        var evidenceRoot = host.EvidenceFolder(storeDir);
        var store = new EvidenceStore(evidenceRoot);
        var checkpoint = Core.Ledger.CaseLog.Checkpoint(caseId, entries).ToText();
        string? publicKey = null;
        if (keyFile is not null)
        {
            using var signer = NoteSigner.Parse((await File.ReadAllTextAsync(keyFile, ct).ConfigureAwait(false)).Trim());
            checkpoint = signer.Sign(checkpoint);
            publicKey = signer.VerifierKey;
        }

        var stream = File.Create(outFile);
        await using (stream.ConfigureAwait(false))
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            Write(zip, BundleVerifier.EntriesMember, string.Concat(entries.Select(e => Encoding.UTF8.GetString(e.CanonicalBytes()) + "\n")));
            Write(zip, BundleVerifier.CheckpointMember, checkpoint);
            if (publicKey is not null)
            {
                Write(zip, "keys/signer.pub", publicKey + "\n");
            }

            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries.Where(e => e.Kind == EntryKind.EvidenceAdded))
            {
                using var payload = JsonDocument.Parse(entry.Payload);
                var hash = payload.RootElement.GetProperty("sha256").GetString()!;
                if (!written.Add(hash))
                {
                    // The same file submitted twice is stored, and bundled, once.
                    continue;
                }

                if (!store.Contains(hash))
                {
                    error.WriteLine($"docket: error: evidence {hash} of entry {entry.Sequence} is not in {evidenceRoot}.");
                    return ExitCodes.InputErrors;
                }

                var member = zip.CreateEntry("evidence/" + hash);
                var target = await member.OpenAsync(ct).ConfigureAwait(false);
                await using (target.ConfigureAwait(false))
                {
                    var source = store.OpenRead(hash);
                    await using (source.ConfigureAwait(false))
                    {
                        await source.CopyToAsync(target, ct).ConfigureAwait(false);
                    }
                }
            }
        }

        output.WriteLine($"{outFile}: {entries.Count} entries");
        return ExitCodes.Success;
    }

    /// <summary>Verifies a bundle file without any database.</summary>
    public static int VerifyBundle(string path, bool json, TextWriter output, TextWriter error)
    {
        var members = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                members[entry.FullName] = buffer.ToArray();
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: error {LedgerDiagnosticCodes.TamperedEntry}: the bundle is not a readable zip file: {ex.Message}");
            return ExitCodes.InputErrors;
        }

        var result = BundleVerifier.Verify(members);
        if (result.Problem is not null)
        {
            error.WriteLine($"{path}: error {LedgerDiagnosticCodes.TamperedEntry}: {result.Problem}");
        }

        output.WriteLine(json
            ? JsonSerializer.Serialize(new { verified = result.IsValid, entries = result.Entries, root = result.Root, signedBy = result.SignedBy, problem = result.Problem })
            : result.IsValid
                ? $"verified: {result.Entries} entries, root {result.Root}" + (result.SignedBy.IsEmpty ? string.Empty : $", checkpoint signed by {string.Join(", ", result.SignedBy)}")
                : $"FAILED after {result.Entries} entries");
        return result.IsValid ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
