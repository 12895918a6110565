using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Docket.Core.Ledger;
using Docket.Core.Ledger.Merkle;
using Docket.Core.Ledger.Notes;
using Docket.Storage.Ledger;

namespace Docket.Cli.Commands;

/// <summary><c>docket log</c>, <c>docket checkpoint</c>, <c>docket prove</c>, <c>docket verify</c> and <c>docket keys new</c>.</summary>
internal static class LedgerCommands
{
    public static IEnumerable<Command> Create(Option<string?> db, Option<bool> json, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };

        var log = new Command("log", "List a case's ledger entries.") { caseId };
        log.SetAction((parse, ct) => LogAsync(parse.GetValue(caseId)!, parse.GetValue(db), parse.GetValue(json), output, error, ct));

        var signKey = new Option<string?>("--sign") { Description = "A signer key file (from 'docket keys new'): sign the checkpoint and store the signature (a party co-signs with its own key)." };
        var size = new Option<long?>("--size") { Description = "The checkpoint at this earlier tree size (default: the log's current size)." };
        var checkpoint = new Command("checkpoint", "Print the case's C2SP checkpoint with every stored signature; sign and store a signature when a key is given.")
        {
            caseId, signKey, size,
        };
        checkpoint.SetAction((parse, ct) => CheckpointAsync(parse.GetValue(caseId)!, parse.GetValue(signKey), parse.GetValue(size), parse.GetValue(db), output, error, ct));

        var sequence = new Argument<long>("seq") { Description = "The entry's sequence number." };
        var prove = new Command("prove", "Print the inclusion proof of an entry against the case's current root.") { caseId, sequence };
        prove.SetAction((parse, ct) => ProveAsync(parse.GetValue(caseId)!, parse.GetValue(sequence), parse.GetValue(db), parse.GetValue(json), output, error, ct));

        var target = new Argument<string>("case-or-bundle") { Description = "A case id, or a bundle file (.zip) to verify offline." };
        var trustedKeys = new Option<string[]>("--key")
        {
            Description = "A verifier key file (NAME.pub) you trust: the bundle's checkpoint must be signed by it (repeatable). Without it, the bundle's own keys are used.",
        };
        var verify = new Command("verify", "Check that a case's stored log, or an exported bundle, is intact, and name what broke.") { target, trustedKeys };
        verify.SetAction((parse, ct) =>
        {
            var value = parse.GetValue(target)!;
            return value.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? Task.FromResult(BundleCommands.VerifyBundle(value, parse.GetValue(trustedKeys) ?? [], parse.GetValue(json), output, error))
                : VerifyAsync(value, parse.GetValue(db), parse.GetValue(json), output, error, ct);
        });

        var name = new Argument<string>("name") { Description = "The key's name, such as vendor.example/docket." };
        var outDir = new Option<string?>("--out") { Description = "Folder for NAME.key and NAME.pub (default: the working folder)." };
        var keysNew = new Command("new", "Make an Ed25519 key pair: NAME.key (secret) and NAME.pub (verifier key).") { name, outDir };
        keysNew.SetAction(parse => NewKey(parse.GetValue(name)!, parse.GetValue(outDir), output, error));

        return [log, checkpoint, prove, verify, BundleCommands.Export(db, output, error), new Command("keys", "Manage signing keys.") { keysNew }];
    }

    private static async Task<int> LogAsync(string caseId, string? db, bool json, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var entries = await (await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false)).ReadCaseAsync(caseId, error, ct).ConfigureAwait(false);
        if (entries is null)
        {
            return ExitCodes.InputErrors;
        }

        foreach (var e in entries)
        {
            output.WriteLine(json
                ? JsonSerializer.Serialize(new { sequence = e.Sequence, kind = Core.Ledger.Entries.LedgerEntry.KindName(e.Kind), author = $"{e.Author.Kind}:{e.Author.Id}", recordedAt = e.RecordedAt.ToString(), leafHash = Convert.ToHexStringLower(e.LeafHash()) })
                : $"{e.Sequence,6}  {e.RecordedAt}  {Core.Ledger.Entries.LedgerEntry.KindName(e.Kind),-16} {e.Author.Kind}:{e.Author.Id,-12} {Convert.ToHexStringLower(e.LeafHash())[..16]}");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> CheckpointAsync(string caseId, string? keyFile, long? size, string? db, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        var entries = await host.ReadCaseAsync(caseId, error, ct).ConfigureAwait(false);
        if (entries is null)
        {
            return ExitCodes.InputErrors;
        }

        var treeSize = size ?? entries.Count;
        if (treeSize < 1 || treeSize > entries.Count)
        {
            error.WriteLine($"docket: error: case '{caseId}' has {entries.Count} entries; there is no checkpoint at size {treeSize}.");
            return ExitCodes.Usage;
        }

        if (keyFile is null)
        {
            var stored = (await host.Cases.CheckpointsAsync(caseId, ct).ConfigureAwait(false)).FirstOrDefault(c => c.TreeSize == treeSize);
            output.Write(stored?.Note ?? Core.Ledger.CaseLog.Checkpoint(caseId, Core.Ledger.CaseLog.Tree(entries), treeSize).ToText());
            return ExitCodes.Success;
        }

        using var signer = LedgerHost.ReadSigner(keyFile, error);
        if (signer is null)
        {
            return ExitCodes.InputErrors;
        }

        var signed = await host.Cases.SignCheckpointAsync(caseId, signer, treeSize, ct).ConfigureAwait(false);
        output.Write(signed!.Note);
        return ExitCodes.Success;
    }

    private static async Task<int> ProveAsync(string caseId, long sequence, string? db, bool json, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var entries = await (await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false)).Ledger.ReadAsync(caseId, ct).ConfigureAwait(false);
        if (sequence < 0 || sequence >= entries.Count)
        {
            error.WriteLine($"docket: error: case '{caseId}' has no entry {sequence}.");
            return ExitCodes.InputErrors;
        }

        var tree = Core.Ledger.CaseLog.Tree(entries);
        var proof = tree.InclusionProof(sequence, tree.Size);
        var root = tree.RootHash(tree.Size);
        var check = MerkleProofs.VerifyInclusion(sequence, tree.Size, tree.LeafHash(sequence), proof, root);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                leafIndex = sequence,
                treeSize = tree.Size,
                leafHash = Convert.ToBase64String(tree.LeafHash(sequence)),
                root = Convert.ToBase64String(root),
                proof = proof.Select(Convert.ToBase64String),
                verified = check.IsValid,
            }));
        }
        else
        {
            output.WriteLine($"entry {sequence} of {tree.Size}, root {Convert.ToBase64String(root)}");
            foreach (var hash in proof)
            {
                output.WriteLine("  " + Convert.ToBase64String(hash));
            }

            output.WriteLine(check.IsValid ? "verified" : $"NOT verified: {check.Message}");
        }

        return check.IsValid ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static async Task<int> VerifyAsync(string caseId, string? db, bool json, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var check = await (await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false)).Cases.VerifyAsync(caseId, ct).ConfigureAwait(false);
        foreach (var problem in check.Problems)
        {
            error.WriteLine($"{caseId}: error {LedgerDiagnosticCodes.TamperedEntry}: {problem}");
        }

        output.WriteLine(json
            ? JsonSerializer.Serialize(new { verified = check.IsValid, entries = check.Entries, problems = check.Problems })
            : check.IsValid ? $"verified: {check.Entries} entries" : $"FAILED after {check.Entries.ToString(CultureInfo.InvariantCulture)} entries");
        return check.IsValid ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static int NewKey(string name, string? outDir, TextWriter output, TextWriter error)
    {
        var seed = RandomNumberGenerator.GetBytes(32);
        string signerKey;
        try
        {
            signerKey = NoteSigner.FormatSignerKey(name, seed);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"docket: error: {ex.Message}");
            return ExitCodes.Usage;
        }

        using var signer = NoteSigner.Parse(signerKey);
        var dir = outDir ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, name.Replace('/', '_'));
        File.WriteAllText(file + ".key", signerKey + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file + ".key", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(file + ".pub", signer.VerifierKey + "\n");
        output.WriteLine(signer.VerifierKey);
        return ExitCodes.Success;
    }
}
