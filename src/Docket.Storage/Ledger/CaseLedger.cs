using System.Collections.Immutable;
using Docket.Core.Ledger;
using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Merkle;
using Docket.Core.Ledger.Notes;
using Microsoft.EntityFrameworkCore;

namespace Docket.Storage.Ledger;

/// <summary>
/// The case-level use cases over the ledger: open a case from an intake result, list cases, read a case's state
/// (as of any entry), and verify that the stored log is intact. Trees and checkpoints are <see cref="CaseLog"/>'s.
/// </summary>
public sealed class CaseLedger(Func<DocketDbContext> contexts, LedgerService ledger, TimeProvider time)
{
    /// <summary>Opens a case whose first entry carries <paramref name="caseJson"/> (a docket.case/1 document); returns its id.</summary>
    public async Task<string> OpenAsync(string caseJson, EntryAuthor author, CancellationToken cancellationToken)
    {
        var id = "c" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N")[..15];
        await ledger.AppendAsync(id, EntryKind.CaseOpened, author, caseJson, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Every case with its number of entries, oldest first.</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.LedgerEntries.AsNoTracking()
                .GroupBy(e => e.CaseId)
                .Select(g => new { CaseId = g.Key, Entries = g.Count(), FirstRow = g.Min(e => e.Id) })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => r.FirstRow).Select(r => new CaseSummary(r.CaseId, r.Entries, r.FirstRow))];
        }
    }

    /// <summary>
    /// Checks the stored log: sequences run from 0 without gaps, every row's stored leaf hash equals the hash of its
    /// canonical bytes, and every entry folds. Names the first row that fails.
    /// </summary>
    public async Task<LedgerCheck> VerifyAsync(string caseId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.LedgerEntries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return new LedgerCheck(false, 0, [$"Case '{caseId}' has no entries."]);
            }

            var problems = ImmutableArray.CreateBuilder<string>();
            var entries = new List<LedgerEntry>();
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Sequence != i)
                {
                    problems.Add($"Entry {i} is missing: the next stored entry is {rows[i].Sequence}.");
                    break;
                }

                var entry = LedgerService.FromRow(rows[i]);
                if (!entry.LeafHash().AsSpan().SequenceEqual(rows[i].LeafHash))
                {
                    problems.Add($"Entry {i} was altered: its content no longer has its recorded hash.");
                    break;
                }

                entries.Add(entry);
            }

            problems.AddRange(CaseFold.Fold(entries).Problems);
            if (problems.Count == 0)
            {
                problems.AddRange(CheckSignatures(caseId, entries, await ledger.ReadCheckpointSignaturesAsync(caseId, cancellationToken).ConfigureAwait(false)));
            }

            return new LedgerCheck(problems.Count == 0, entries.Count, problems.ToImmutable());
        }
    }

    /// <summary>
    /// Signs the case's checkpoint at <paramref name="treeSize"/> (default: the log's current size) with
    /// <paramref name="signer"/>, stores the signature beside any earlier ones, and returns the checkpoint with every
    /// signature it now carries. Null when the case has no entries or not that many.
    /// </summary>
    public async Task<SignedCheckpoint?> SignCheckpointAsync(string caseId, NoteSigner signer, long? treeSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var entries = await ledger.ReadAsync(caseId, cancellationToken).ConfigureAwait(false);
        var size = treeSize ?? entries.Count;
        if (entries.Count == 0 || size < 1 || size > entries.Count)
        {
            return null;
        }

        var tree = CaseLog.Tree(entries);
        var body = CaseLog.Checkpoint(caseId, tree, size).ToText();
        await ledger.AddCheckpointSignatureAsync(caseId, size, signer.VerifierKey, signer.SignatureLine(body), cancellationToken).ConfigureAwait(false);
        var signatures = await ledger.ReadCheckpointSignaturesAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Signed(caseId, tree, signatures).Single(c => c.TreeSize == size);
    }

    /// <summary>
    /// The case's signed checkpoints, smallest size first: each checkpoint's text recomputed from the log with every
    /// stored signature on it, and the signers' verifier keys. Sizes beyond the log's end are left out (verify names them).
    /// </summary>
    public async Task<IReadOnlyList<SignedCheckpoint>> CheckpointsAsync(string caseId, CancellationToken cancellationToken)
    {
        var entries = await ledger.ReadAsync(caseId, cancellationToken).ConfigureAwait(false);
        var signatures = await ledger.ReadCheckpointSignaturesAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Signed(caseId, CaseLog.Tree(entries), signatures);
    }

    // Each signed size's checkpoint text, recomputed from the tree, with its signature lines in signing order.
    private static List<SignedCheckpoint> Signed(string caseId, MerkleTree tree, IReadOnlyList<CheckpointSignatureRow> signatures) =>
        [.. signatures.Where(s => s.TreeSize >= 1 && s.TreeSize <= tree.Size).GroupBy(s => s.TreeSize).OrderBy(g => g.Key).Select(g =>
        {
            var body = CaseLog.Checkpoint(caseId, tree, g.Key).ToText();
            return new SignedCheckpoint(g.Key, body + "\n" + string.Concat(g.Select(s => s.SignatureLine + "\n")), [.. g.Select(s => s.VerifierKey)]);
        })];

    // Every stored signature must still verify against the checkpoint recomputed from the stored entries: a signed
    // checkpoint pins the first TreeSize entries, so changing, removing or reordering any of them breaks it.
    private static IEnumerable<string> CheckSignatures(string caseId, List<LedgerEntry> entries, IReadOnlyList<CheckpointSignatureRow> signatures)
    {
        var tree = CaseLog.Tree(entries);
        foreach (var signature in signatures)
        {
            var signer = signature.VerifierKey.Split('+')[0];
            if (signature.TreeSize < 1 || signature.TreeSize > tree.Size)
            {
                yield return $"The checkpoint at size {signature.TreeSize} signed by {signer} is beyond the log's {tree.Size} entries: entries were removed.";
                continue;
            }

            var body = CaseLog.Checkpoint(caseId, tree, signature.TreeSize).ToText();
            var verification = new SignedNote(body, [signature.SignatureLine]).Verify([signature.VerifierKey]);
            if (!verification.IsValid)
            {
                yield return $"The checkpoint at size {signature.TreeSize} signed by {signer} does not verify against the stored entries 0 to {signature.TreeSize - 1}: " +
                    $"one of them, or the signature, was changed. ({verification.Message})";
            }
        }
    }
}

/// <summary>A case's checkpoint at one size with every stored signature on it.</summary>
/// <param name="TreeSize">The number of entries it commits to.</param>
/// <param name="Note">The C2SP signed note: checkpoint text, blank line, signature lines.</param>
/// <param name="VerifierKeys">The signers' verifier keys, in signing order.</param>
public sealed record SignedCheckpoint(long TreeSize, string Note, ImmutableArray<string> VerifierKeys);

/// <summary>A case in the list: its id, number of entries and first row (for ordering).</summary>
public sealed record CaseSummary(string CaseId, int Entries, long FirstRow);

/// <summary>The outcome of verifying a stored log.</summary>
/// <param name="IsValid">True when nothing failed.</param>
/// <param name="Entries">Entries checked before the first failure.</param>
/// <param name="Problems">What failed, the first failing entry named.</param>
public sealed record LedgerCheck(bool IsValid, int Entries, ImmutableArray<string> Problems);
