using System.Globalization;
using System.Text.Json;
using Docket.Core.Ledger.Merkle;
using Docket.Core.Utility;
using NodaTime;
using NodaTime.Text;

namespace Docket.Core.Ledger.Entries;

/// <summary>
/// One entry of a case's append-only log. Its leaf in the case's Merkle tree is the RFC 8785 canonical JSON of the
/// whole entry, so the same entry always hashes alike and any change to any field changes its leaf hash.
/// </summary>
/// <remarks>Immutable. <see cref="RecordedAt"/> comes from an injected <see cref="TimeProvider"/> when created.</remarks>
public sealed record LedgerEntry
{
    private LedgerEntry(string caseId, long sequence, EntryKind kind, EntryAuthor author, Instant recordedAt, string payload)
    {
        CaseId = caseId;
        Sequence = sequence;
        Kind = kind;
        Author = author;
        RecordedAt = recordedAt;
        Payload = payload;
    }

    /// <summary>The case's id.</summary>
    public string CaseId { get; }

    /// <summary>Position in the case's log, from 0; also the leaf index.</summary>
    public long Sequence { get; }

    /// <summary>What the entry records.</summary>
    public EntryKind Kind { get; }

    /// <summary>Who wrote it.</summary>
    public EntryAuthor Author { get; }

    /// <summary>When it was recorded, to the millisecond.</summary>
    public Instant RecordedAt { get; }

    /// <summary>The payload as canonical JSON text.</summary>
    public string Payload { get; }

    /// <summary>Creates an entry timed by <paramref name="time"/>; the payload is canonicalised.</summary>
    /// <exception cref="JsonException"><paramref name="payloadJson"/> is not JSON.</exception>
    public static LedgerEntry Create(string caseId, long sequence, EntryKind kind, EntryAuthor author, TimeProvider time, string payloadJson)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = Instant.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        return Restore(caseId, sequence, kind, author, now, payloadJson);
    }

    /// <summary>Rebuilds a stored entry exactly as it was recorded.</summary>
    public static LedgerEntry Restore(string caseId, long sequence, EntryKind kind, EntryAuthor author, Instant recordedAt, string payloadJson)
    {
        Preconditions.CheckNotBlank(caseId, nameof(caseId));
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentNullException.ThrowIfNull(payloadJson);
        Preconditions.CheckArgument(author.Kind is not null, nameof(author), "The author must be set.");
        var canonical = System.Text.Encoding.UTF8.GetString(CanonicalJson.Serialize(payloadJson));
        return new LedgerEntry(caseId, sequence, kind, author, recordedAt, canonical);
    }

    /// <summary>The canonical bytes of the whole entry: the Merkle leaf.</summary>
    public byte[] CanonicalBytes()
    {
        var json = $$"""
            {"author":{"id":{{JsonSerializer.Serialize(Author.Id)}},"kind":{{JsonSerializer.Serialize(Author.Kind)}}},"caseId":{{JsonSerializer.Serialize(CaseId)}},"kind":"{{KindName(Kind)}}","payload":{{Payload}},"recordedAt":"{{InstantPattern.ExtendedIso.Format(RecordedAt)}}","sequence":{{Sequence.ToString(CultureInfo.InvariantCulture)}}}
            """;
        return CanonicalJson.Serialize(json);
    }

    /// <summary>The RFC 9162 leaf hash of <see cref="CanonicalBytes"/>.</summary>
    public byte[] LeafHash() => MerkleHash.Leaf(CanonicalBytes());

    /// <summary>Reads an entry from its canonical JSON (a line of a bundle); null with <paramref name="error"/> when malformed.</summary>
    public static LedgerEntry? Parse(string json, out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        error = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var kindName = root.GetProperty("kind").GetString();
            var kind = Enum.GetValues<EntryKind>().Where(k => KindName(k) == kindName).Select(k => (EntryKind?)k).FirstOrDefault();
            var time = InstantPattern.ExtendedIso.Parse(root.GetProperty("recordedAt").GetString() ?? string.Empty);
            if (kind is null || !time.Success)
            {
                error = "Unknown entry kind or time.";
                return null;
            }

            var author = root.GetProperty("author");
            return Restore(
                root.GetProperty("caseId").GetString() ?? string.Empty,
                root.GetProperty("sequence").GetInt64(),
                kind.Value,
                new EntryAuthor(author.GetProperty("kind").GetString() ?? string.Empty, author.GetProperty("id").GetString() ?? string.Empty),
                time.Value,
                root.GetProperty("payload").GetRawText());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            error = "Not a ledger entry: " + ex.Message;
            return null;
        }
    }

    /// <summary>The kebab-case JSON name of a kind ("case-opened").</summary>
    public static string KindName(EntryKind kind) => kind switch
    {
        EntryKind.CaseOpened => "case-opened",
        EntryKind.FactAdded => "fact-added",
        EntryKind.FactAmended => "fact-amended",
        EntryKind.FactWithdrawn => "fact-withdrawn",
        EntryKind.PositionStated => "position-stated",
        EntryKind.EvidenceAdded => "evidence-added",
        EntryKind.Note => "note",
        _ => "status-changed",
    };
}
