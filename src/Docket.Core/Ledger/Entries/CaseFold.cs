using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;

namespace Docket.Core.Ledger.Entries;

/// <summary>
/// The case state as a fold over its ledger entries: the first entry (<see cref="EntryKind.CaseOpened"/>) carries the
/// intake result (a <c>docket.case/1</c> document); each later entry changes a copy of it. Folding a prefix of the log
/// gives the case as it stood then, so "as of" any entry or moment costs nothing extra.
/// </summary>
/// <remarks>
/// Payloads by kind:
/// <list type="bullet">
/// <item><c>fact-added</c>: <c>{"collection": "events", "value": {…}}</c>; the value gets an <c>id</c> when it has none
/// (collection initial and a number: "E4").</item>
/// <item><c>fact-amended</c>: <c>{"collection", "id", "value"}</c>, which replaces the item with that id.</item>
/// <item><c>fact-withdrawn</c>: <c>{"collection", "id", "reason"}</c>; the item is removed and kept under <c>withdrawn</c>.</item>
/// <item><c>position-stated</c>: <c>{"issue": 3, "party": "P1", "stance": "claim", "summary": "…"}</c>.</item>
/// <item><c>evidence-added</c>: <c>{"sha256", "fileName", "mediaType", "submittedBy", "shows"}</c>.</item>
/// <item><c>note</c>: <c>{"text", …}</c>; <c>status-changed</c>: <c>{"stage", "summary"}</c>.</item>
/// </list>
/// Every item added by an entry records that entry's sequence under <c>entry</c>, so each value stays traceable.
/// An entry that does not fit (an unknown collection or id) is reported, not applied.
/// </remarks>
public static class CaseFold
{
    /// <summary>Folds <paramref name="entries"/> (in sequence order) up to and including sequence <paramref name="asOfSequence"/>.</summary>
    public static CaseState Fold(IEnumerable<LedgerEntry> entries, long asOfSequence = long.MaxValue) =>
        FoldWhile(entries, e => e.Sequence <= asOfSequence, static _ => true);

    /// <summary>
    /// Folds the entries up to <paramref name="asOfSequence"/> as one reader sees them: an entry for which
    /// <paramref name="readable"/> is false still holds its place in the log but is not applied (a side's private note,
    /// for the other side).
    /// </summary>
    public static CaseState FoldFor(IEnumerable<LedgerEntry> entries, Func<LedgerEntry, bool> readable, long asOfSequence = long.MaxValue) =>
        FoldWhile(entries, e => e.Sequence <= asOfSequence, readable);

    /// <summary>Folds the entries recorded at or before <paramref name="asOf"/>.</summary>
    public static CaseState FoldAsOf(IEnumerable<LedgerEntry> entries, Instant asOf) =>
        FoldWhile(entries, e => e.RecordedAt <= asOf, static _ => true);

    private static CaseState FoldWhile(IEnumerable<LedgerEntry> entries, Func<LedgerEntry, bool> include, Func<LedgerEntry, bool> readable)
    {
        ArgumentNullException.ThrowIfNull(entries);
        JsonObject? state = null;
        var problems = new List<string>();
        long? last = null;
        foreach (var entry in entries)
        {
            if (!include(entry))
            {
                break;
            }

            if (last is { } previous && entry.Sequence != previous + 1)
            {
                problems.Add($"Entry {entry.Sequence} follows entry {previous}: the log has a gap or is out of order.");
                break;
            }

            last = entry.Sequence;
            if (!readable(entry))
            {
                continue;
            }

            var payload = JsonNode.Parse(entry.Payload) as JsonObject;
            if (entry.Kind == EntryKind.CaseOpened)
            {
                if (state is not null || payload is null)
                {
                    problems.Add($"Entry {entry.Sequence} opens a case that is already open.");
                    continue;
                }

                state = payload;
                continue;
            }

            if (state is null || payload is null)
            {
                problems.Add($"Entry {entry.Sequence} comes before the case was opened.");
                continue;
            }

            if (Apply(state, entry, payload) is { } problem)
            {
                problems.Add($"Entry {entry.Sequence}: {problem}");
            }
        }

        return new CaseState(state?.ToJsonString(Options), last, [.. problems]);
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    private static string? Apply(JsonObject state, LedgerEntry entry, JsonObject payload)
    {
        switch (entry.Kind)
        {
            case EntryKind.FactAdded:
            {
                var list = Collection(state, payload, out var name);
                if (list is null || payload["value"] is not JsonObject value)
                {
                    return "a fact needs a collection and a value.";
                }

                var item = value.DeepClone().AsObject();
                item["id"] ??= char.ToUpperInvariant(name![0]) + (list.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                item["entry"] = entry.Sequence;
                list.Add(item);
                return null;
            }

            case EntryKind.FactAmended or EntryKind.FactWithdrawn:
            {
                var list = Collection(state, payload, out _);
                var id = Str(payload["id"]);
                var index = list is null ? -1 : list.ToList().FindIndex(n => Str(n?["id"]) == id);
                if (index < 0)
                {
                    return $"no item '{id}' to {(entry.Kind == EntryKind.FactAmended ? "amend" : "withdraw")}.";
                }

                var old = list![index]!;
                list.RemoveAt(index);
                if (entry.Kind == EntryKind.FactAmended && payload["value"] is JsonObject value)
                {
                    var item = value.DeepClone().AsObject();
                    item["id"] = id;
                    item["entry"] = entry.Sequence;
                    list.Insert(index, item);
                }
                else
                {
                    var withdrawn = List(state, "withdrawn");
                    withdrawn.Add(new JsonObject { ["item"] = old, ["reason"] = payload["reason"]?.DeepClone(), ["entry"] = entry.Sequence });
                }

                return null;
            }

            case EntryKind.PositionStated:
            {
                var number = Int(payload["issue"]);
                var issue = List(state, "issues").FirstOrDefault(i => Int(i?["number"]) == number);
                if (issue is not JsonObject issueObject)
                {
                    return $"no issue {number}.";
                }

                var position = payload.DeepClone().AsObject();
                position.Remove("issue");
                position["entry"] = entry.Sequence;
                List(issueObject, "positions").Add(position);
                return null;
            }

            case EntryKind.EvidenceAdded:
                return AddTo(state, "evidence", payload, entry);
            case EntryKind.Note:
                return AddTo(state, "notes", payload, entry);
            default:
                var status = payload.DeepClone().AsObject();
                status["entry"] = entry.Sequence;
                state["status"] = status;
                return null;
        }
    }

    private static string? AddTo(JsonObject state, string name, JsonObject payload, LedgerEntry entry)
    {
        var item = payload.DeepClone().AsObject();
        item["entry"] = entry.Sequence;
        item["author"] = new JsonObject { ["kind"] = entry.Author.Kind, ["id"] = entry.Author.Id };
        List(state, name).Add(item);
        return null;
    }

    private static readonly HashSet<string> Collections = ["parties", "obligations", "events", "amounts", "counts", "standards", "issues", "clocks", "losses", "terms"];

    private static JsonArray? Collection(JsonObject state, JsonObject payload, out string? name)
    {
        name = Str(payload["collection"]);
        return name is not null && Collections.Contains(name) ? List(state, name) : null;
    }

    // Payloads may come from a bundle anyone wrote: read values without trusting their types.
    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;

    private static JsonArray List(JsonObject owner, string name)
    {
        if (owner[name] is JsonArray array)
        {
            return array;
        }

        // A missing field, or one of another type, becomes an empty list.

        var created = new JsonArray();
        owner[name] = created;
        return created;
    }
}
