using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Docket.Core.Ledger.Entries;
using Microsoft.EntityFrameworkCore;

namespace Docket.Storage.Ledger;

/// <summary>
/// Appends to and reads case logs. The only write is an append: the next sequence is read, the entry inserted,
/// and when another writer took that sequence first (the unique (case, sequence) index refuses the row) the
/// append is retried with the next one, so concurrent writers never fork a log and nothing acknowledged is lost.
/// </summary>
/// <param name="contexts">Creates a fresh context per attempt.</param>
/// <param name="time">The clock that stamps entries.</param>
/// <param name="dialect">What differs between providers: their unique-violation error and the rows per INSERT.</param>
public sealed class LedgerService(Func<DocketDbContext> contexts, TimeProvider time, LedgerDialect dialect)
{
    private const int MaxAttempts = 100;

    // The next sequence of each case this service appended to. Only a hint: when another writer took that sequence
    // meanwhile the unique (case, sequence) index refuses the row, the hint is dropped and the log read again. It
    // saves a round trip per append; it can never fork a log, because sequences are dense and never deleted.
    private readonly ConcurrentDictionary<string, long> _nextSequence = new(StringComparer.Ordinal);

    /// <summary>Appends an entry to the case's log and returns it with its sequence.</summary>
    /// <exception cref="InvalidOperationException">Other writers kept winning every sequence for all attempts.</exception>
    public async Task<LedgerEntry> AppendAsync(string caseId, EntryKind kind, EntryAuthor author, string payloadJson, CancellationToken cancellationToken) =>
        (await AppendBatchAsync(caseId, [(kind, author, payloadJson)], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Appends several entries to a case in one transaction: all get consecutive sequences, or none is written.</summary>
    /// <exception cref="InvalidOperationException">Other writers kept winning the sequences for all attempts.</exception>
    public async Task<IReadOnlyList<LedgerEntry>> AppendBatchAsync(
        string caseId, IReadOnlyList<(EntryKind Kind, EntryAuthor Author, string PayloadJson)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var db = contexts();
            await using (db.ConfigureAwait(false))
            {
                if (!_nextSequence.TryGetValue(caseId, out var next))
                {
                    var last = await db.LedgerEntries.Where(e => e.CaseId == caseId).MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false);
                    next = (last ?? -1) + 1;
                }

                var entries = new LedgerEntry[items.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    entries[i] = LedgerEntry.Create(caseId, next + i, items[i].Kind, items[i].Author, time, items[i].PayloadJson);
                }

                try
                {
                    await InsertAsync(db, entries, dialect.RowsPerStatement, cancellationToken).ConfigureAwait(false);
                    _nextSequence[caseId] = next + entries.Length;
                    return entries;
                }
                catch (DbException ex) when (dialect.IsUniqueViolation(ex))
                {
                    // Another writer appended first: forget the hint and start again from the log's real end.
                    _nextSequence.TryRemove(caseId, out _);
                }
            }
        }

        throw new InvalidOperationException($"Could not append to case '{caseId}' after {MaxAttempts} attempts: other writers took every sequence.");
    }

    // The hot path, without change tracking: INSERT statements of up to rowsPerStatement rows, each command
    // prepared once and reused for every chunk of its size. The table and column names are those of
    // LedgerEntryConfiguration and the migrations. One entry is one statement, atomic on its own, so it runs without
    // an explicit transaction (one round trip on PostgreSQL instead of three); a batch is one transaction.
    private const string InsertPrefix =
        "INSERT INTO ledger_entries (case_id, sequence, kind, author_kind, author_id, recorded_at_unix_ms, payload, leaf_hash) VALUES ";

    private const int ColumnCount = 8;

    private static readonly ConcurrentDictionary<int, string> InsertSql = new();

    private static string InsertStatement(int rows) => InsertSql.GetOrAdd(rows, static n =>
    {
        var sql = new StringBuilder(InsertPrefix);
        for (var r = 0; r < n; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < ColumnCount; c++)
            {
                sql.Append(c == 0 ? "@p" : ", @p").Append((r * ColumnCount) + c);
            }

            sql.Append(')');
        }

        return sql.ToString();
    });

    private static async Task InsertAsync(DocketDbContext db, LedgerEntry[] entries, int rowsPerStatement, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        var transaction = entries.Length > 1 ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        DbCommand? command = null;
        try
        {
            for (var offset = 0; offset < entries.Length; offset += rowsPerStatement)
            {
                var rows = Math.Min(rowsPerStatement, entries.Length - offset);
                if (command is null || command.Parameters.Count != rows * ColumnCount)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = InsertStatement(rows);
                    for (var i = 0; i < rows * ColumnCount; i++)
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                        command.Parameters.Add(parameter);
                    }
                }

                for (var r = 0; r < rows; r++)
                {
                    var row = ToRow(entries[offset + r]);
                    var first = r * ColumnCount;
                    command.Parameters[first].Value = row.CaseId;
                    command.Parameters[first + 1].Value = row.Sequence;
                    command.Parameters[first + 2].Value = row.Kind;
                    command.Parameters[first + 3].Value = row.AuthorKind;
                    command.Parameters[first + 4].Value = row.AuthorId;
                    command.Parameters[first + 5].Value = row.RecordedAtUnixMs;
                    command.Parameters[first + 6].Value = row.Payload;
                    command.Parameters[first + 7].Value = row.LeafHash;
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }

            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The case's entries in sequence order.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> ReadAsync(string caseId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.LedgerEntries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(FromRow)];
        }
    }

    /// <summary>The number of entries in the case's log (its tree size): one query on the (case, sequence) index.</summary>
    public async Task<long> CountAsync(string caseId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var last = await db.LedgerEntries.Where(e => e.CaseId == caseId).MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false);
            return (last ?? -1) + 1;
        }
    }

    /// <summary>
    /// Stores a signature on the case's checkpoint at <paramref name="treeSize"/>; false when that key had already
    /// signed it (Ed25519 signatures are deterministic: the stored line is the same).
    /// </summary>
    public async Task<bool> AddCheckpointSignatureAsync(string caseId, long treeSize, string verifierKey, string signatureLine, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            db.CheckpointSignatures.Add(new CheckpointSignatureRow
            {
                CaseId = caseId,
                TreeSize = treeSize,
                VerifierKey = verifierKey,
                SignatureLine = signatureLine,
                RecordedAtUnixMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException ex) when (ex.InnerException is { } inner && dialect.IsUniqueViolation(inner))
            {
                return false;
            }
        }
    }

    /// <summary>The case's stored checkpoint signatures, in the order they were given.</summary>
    public async Task<IReadOnlyList<CheckpointSignatureRow>> ReadCheckpointSignaturesAsync(string caseId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            return await db.CheckpointSignatures.AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal static LedgerEntryRow ToRow(LedgerEntry entry) => new()
    {
        CaseId = entry.CaseId,
        Sequence = entry.Sequence,
        Kind = LedgerEntry.KindName(entry.Kind),
        AuthorKind = entry.Author.Kind,
        AuthorId = entry.Author.Id,
        RecordedAtUnixMs = entry.RecordedAt.ToUnixTimeMilliseconds(),
        Payload = entry.Payload,
        LeafHash = entry.LeafHash(),
    };

    internal static LedgerEntry FromRow(LedgerEntryRow row) => LedgerEntry.Restore(
        row.CaseId,
        row.Sequence,
        Enum.GetValues<EntryKind>().Single(k => LedgerEntry.KindName(k) == row.Kind),
        new EntryAuthor(row.AuthorKind, row.AuthorId),
        NodaTime.Instant.FromUnixTimeMilliseconds(row.RecordedAtUnixMs),
        row.Payload);
}
