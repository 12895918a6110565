using System.Data.Common;
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
/// <param name="isUniqueViolation">Recognises the provider's unique-index error (SQLite constraint code, PostgreSQL 23505).</param>
public sealed class LedgerService(Func<DocketDbContext> contexts, TimeProvider time, Func<Exception, bool> isUniqueViolation)
{
    private const int MaxAttempts = 100;

    /// <summary>Appends an entry to the case's log and returns it with its sequence.</summary>
    /// <exception cref="InvalidOperationException">Other writers kept winning every sequence for all attempts.</exception>
    public async Task<LedgerEntry> AppendAsync(string caseId, EntryKind kind, EntryAuthor author, string payloadJson, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var db = contexts();
            await using (db.ConfigureAwait(false))
            {
                var last = await db.LedgerEntries.Where(e => e.CaseId == caseId).MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false);
                var entry = LedgerEntry.Create(caseId, (last ?? -1) + 1, kind, author, time, payloadJson);
                try
                {
                    await InsertAsync(db, [entry], cancellationToken).ConfigureAwait(false);
                    return entry;
                }
                catch (DbException ex) when (isUniqueViolation(ex))
                {
                    // Another writer appended this sequence first; read the log again and take the next one.
                }
            }
        }

        throw new InvalidOperationException($"Could not append to case '{caseId}' after {MaxAttempts} attempts: other writers took every sequence.");
    }

    /// <summary>Appends several entries to a case in one transaction: all get consecutive sequences, or none is written.</summary>
    /// <exception cref="InvalidOperationException">Other writers kept winning the sequences for all attempts.</exception>
    public async Task<IReadOnlyList<LedgerEntry>> AppendBatchAsync(
        string caseId, IReadOnlyList<(EntryKind Kind, EntryAuthor Author, string PayloadJson)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var db = contexts();
            await using (db.ConfigureAwait(false))
            {
                var last = await db.LedgerEntries.Where(e => e.CaseId == caseId).MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false);
                var next = (last ?? -1) + 1;
                var entries = items.Select((item, i) => LedgerEntry.Create(caseId, next + i, item.Kind, item.Author, time, item.PayloadJson)).ToList();
                try
                {
                    await InsertAsync(db, entries, cancellationToken).ConfigureAwait(false);
                    return entries;
                }
                catch (DbException ex) when (isUniqueViolation(ex))
                {
                    // Another writer appended first; start again from the new end of the log.
                }
            }
        }

        throw new InvalidOperationException($"Could not append to case '{caseId}' after {MaxAttempts} attempts: other writers took every sequence.");
    }

    // The hot path: one prepared INSERT reused for every row of one transaction, without change tracking. The
    // table and column names are those of LedgerEntryConfiguration and the migrations.
    private const string InsertSql =
        "INSERT INTO ledger_entries (case_id, sequence, kind, author_kind, author_id, recorded_at_unix_ms, payload, leaf_hash) " +
        "VALUES (@case_id, @sequence, @kind, @author_kind, @author_id, @recorded_at, @payload, @leaf_hash)";

    private static readonly string[] ParameterNames =
        ["@case_id", "@sequence", "@kind", "@author_kind", "@author_id", "@recorded_at", "@payload", "@leaf_hash"];

    private static async Task InsertAsync(DocketDbContext db, List<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (connection.CanCreateBatch && entries.Count > 1)
            {
                // Providers that batch (Npgsql) send every row in one round trip.
                var batch = connection.CreateBatch();
                await using (batch.ConfigureAwait(false))
                {
                    batch.Transaction = transaction;
                    foreach (var entry in entries)
                    {
                        var batchCommand = batch.CreateBatchCommand();
                        batchCommand.CommandText = InsertSql;
                        var row = ToRow(entry);
                        object[] values = [row.CaseId, row.Sequence, row.Kind, row.AuthorKind, row.AuthorId, row.RecordedAtUnixMs, row.Payload, row.LeafHash];
                        for (var i = 0; i < ParameterNames.Length; i++)
                        {
                            var parameter = batchCommand.CreateParameter();
                            parameter.ParameterName = ParameterNames[i];
                            parameter.Value = values[i];
                            batchCommand.Parameters.Add(parameter);
                        }

                        batch.BatchCommands.Add(batchCommand);
                    }

                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.Transaction = transaction;
                command.CommandText = InsertSql;
                var parameters = ParameterNames
                    .Select(name =>
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = name;
                        command.Parameters.Add(parameter);
                        return parameter;
                    })
                    .ToArray();
                foreach (var entry in entries)
                {
                    var row = ToRow(entry);
                    parameters[0].Value = row.CaseId;
                    parameters[1].Value = row.Sequence;
                    parameters[2].Value = row.Kind;
                    parameters[3].Value = row.AuthorKind;
                    parameters[4].Value = row.AuthorId;
                    parameters[5].Value = row.RecordedAtUnixMs;
                    parameters[6].Value = row.Payload;
                    parameters[7].Value = row.LeafHash;
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
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
