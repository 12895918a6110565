using System.Text.Json;

namespace Docket.Web.Contracts;

/// <summary>
/// A ledger entry. An entry the reader may not see (the other side's private note) keeps its place and leaf hash,
/// so the tree still verifies, but has no author, time or payload: <paramref name="Withheld"/> is true.
/// </summary>
/// <param name="Sequence">Its position in the log.</param>
/// <param name="Kind">Its kind ("note", "fact-added" …).</param>
/// <param name="LeafHash">Its RFC 9162 leaf hash, hex.</param>
/// <param name="Withheld">True when the payload is not the reader's to see.</param>
/// <param name="AuthorKind">"user" or "party"; null when withheld.</param>
/// <param name="AuthorId">The author's id; null when withheld.</param>
/// <param name="RecordedAt">When recorded (ISO 8601); null when withheld.</param>
/// <param name="Payload">The payload; null when withheld.</param>
public sealed record EntryResponse(long Sequence, string Kind, string LeafHash, bool Withheld, string? AuthorKind, string? AuthorId, string? RecordedAt, JsonElement? Payload);
