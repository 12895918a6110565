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
        var entries = await host.ReadCaseAsync(caseId, error, ct).ConfigureAwait(false);
        if (entries is null)
        {
            return ExitCodes.InputErrors;
        }

        var evidenceRoot = host.EvidenceFolder(storeDir);
        var store = new EvidenceStore(evidenceRoot);
        if (keyFile is not null)
        {
            // --sign stores a signature on the current checkpoint, like 'docket checkpoint --sign', before bundling.
            using var signer = LedgerHost.ReadSigner(keyFile, error);
            if (signer is null)
            {
                return ExitCodes.InputErrors;
            }

            await host.Cases.SignCheckpointAsync(caseId, signer, null, ct).ConfigureAwait(false);
        }

        var signed = await host.Cases.CheckpointsAsync(caseId, ct).ConfigureAwait(false);
        var current = signed.FirstOrDefault(c => c.TreeSize == entries.Count)?.Note ?? Core.Ledger.CaseLog.Checkpoint(caseId, entries).ToText();

        var stream = File.Create(outFile);
        await using (stream.ConfigureAwait(false))
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            Write(zip, BundleVerifier.EntriesMember, string.Concat(entries.Select(e => Encoding.UTF8.GetString(e.CanonicalBytes()) + "\n")));
            Write(zip, BundleVerifier.CheckpointMember, current);
            foreach (var checkpoint in signed.Where(c => c.TreeSize != entries.Count))
            {
                Write(zip, BundleVerifier.EarlierCheckpointMember(checkpoint.TreeSize), checkpoint.Note);
            }

            var keyNumber = 0;
            foreach (var key in signed.SelectMany(c => c.VerifierKeys).Distinct(StringComparer.Ordinal))
            {
                Write(zip, $"keys/{++keyNumber}.pub", key + "\n");
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
    public static int VerifyBundle(string path, IReadOnlyList<string> trustedKeyFiles, bool json, TextWriter output, TextWriter error)
    {
        var trusted = new List<string>();
        foreach (var file in trustedKeyFiles)
        {
            try
            {
                trusted.Add(File.ReadAllText(file).Trim());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{file}: error {LedgerDiagnosticCodes.MalformedNote}: the key file cannot be read: {ex.Message}");
                return ExitCodes.InputErrors;
            }
        }

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

        var result = BundleVerifier.Verify(members, trusted);
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
