using System.Text.Json.Nodes;
using Docket.Core.Ledger.Entries;

namespace Docket.Core.Access;

/// <summary>
/// Who may read an entry. Most entries are open to every member of the case. A note (a private working note or a
/// without-prejudice offer) may instead be private to one side, and shared with the neutral or not; the privacy is
/// part of the entry's payload (<c>"private": {"side": "claimant", "neutral": true}</c>), so it is as tamper-evident
/// as the text it guards.
/// </summary>
/// <param name="Side">The side the entry is private to; null for an open entry.</param>
/// <param name="SharedWithNeutral">True when the neutral may read the private entry too.</param>
/// <param name="Sealed">True for a private block that names no side: nobody is shown the entry.</param>
public sealed record EntryVisibility(CaseRole? Side, bool SharedWithNeutral, bool Sealed = false)
{
    /// <summary>Open to every member.</summary>
    public static EntryVisibility Open { get; } = new(null, false);

    /// <summary>True when the entry is not open to every member.</summary>
    public bool IsPrivate => Side is not null || Sealed;

    /// <summary>
    /// The visibility an entry declares. Only notes can be private: facts, positions and evidence shape the case
    /// everyone argues about, so they are always open. A note with a privacy block that names no side is sealed
    /// (shown to nobody), never read as open.
    /// </summary>
    public static EntryVisibility Of(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind != EntryKind.Note || !entry.Payload.Contains("\"private\"", StringComparison.Ordinal)
            || JsonNode.Parse(entry.Payload) is not JsonObject payload || payload["private"] is not { } block)
        {
            return Open;
        }

        var side = block is JsonObject o && o["side"] is JsonValue s && s.TryGetValue<string>(out var name) ? CaseRoles.Parse(name) : null;
        var neutral = block is JsonObject b && b["neutral"] is JsonValue n && n.TryGetValue<bool>(out var shared) && shared;
        return side is { } kept && CaseRoles.IsSide(kept) ? new EntryVisibility(kept, neutral) : new EntryVisibility(null, false, Sealed: true);
    }

    /// <summary>True when a member in <paramref name="role"/> may read the entry.</summary>
    public bool VisibleTo(CaseRole role) =>
        !Sealed && (Side is null || role == Side || (role == CaseRole.Neutral && SharedWithNeutral));

    /// <summary>The payload block that makes a note private to <paramref name="side"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="side"/> is not one of the two sides.</exception>
    public static JsonObject Block(CaseRole side, bool sharedWithNeutral)
    {
        if (!CaseRoles.IsSide(side))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "Only a side (claimant or respondent) keeps private notes.");
        }

        return new JsonObject { ["side"] = CaseRoles.Name(side), ["neutral"] = sharedWithNeutral };
    }
}
