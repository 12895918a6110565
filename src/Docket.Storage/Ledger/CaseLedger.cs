using System.Collections.Immutable;
using Docket.Core.Ledger;
using Docket.Core.Ledger.Entries;
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
            return new LedgerCheck(problems.Count == 0, entries.Count, problems.ToImmutable());
        }
    }
}

/// <summary>A case in the list: its id, number of entries and first row (for ordering).</summary>
public sealed record CaseSummary(string CaseId, int Entries, long FirstRow);

/// <summary>The outcome of verifying a stored log.</summary>
/// <param name="IsValid">True when nothing failed.</param>
/// <param name="Entries">Entries checked before the first failure.</param>
/// <param name="Problems">What failed, the first failing entry named.</param>
public sealed record LedgerCheck(bool IsValid, int Entries, ImmutableArray<string> Problems);
