using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Docket.Core.Cases;
using Docket.Core.Dates;
using Docket.Core.Utility;
using NodaTime;
using NodaTime.Text;

namespace Docket.Core.Ledger.Entries;

/// <summary>
/// Builds the payloads of the entries by which a user adds, restates or withdraws an obligation, checked against the
/// case as it stands (a <c>docket.case/1</c> state): the obligor must be a party of the case, the topic and status
/// known values, the due date a date. What does not check out is returned as errors with stable codes, and nothing is
/// built, so that a bad command appends nothing.
/// </summary>
public static class ObligationFacts
{
    /// <summary>The payload of a <see cref="EntryKind.FactAdded"/> entry adding a new obligation.</summary>
    public static FactPayload Add(string caseState, ObligationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var state = Parse(caseState);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(change.Text))
        {
            errors.Add($"{FactDiagnosticCodes.MissingText}: an obligation needs the words that state it (--text).");
        }

        if (change.Obligor is null)
        {
            errors.Add($"{FactDiagnosticCodes.UnknownParty}: an obligation needs its obligor (--by).");
        }

        if (change.Topic is null)
        {
            errors.Add($"{FactDiagnosticCodes.UnknownValue}: an obligation needs its topic (--topic).");
        }

        var value = new JsonObject { ["text"] = change.Text?.Trim(), ["status"] = "unknown", ["standards"] = new JsonArray() };
        Apply(state, value, change, errors);
        return Result(errors, () => new JsonObject { ["collection"] = "obligations", ["value"] = value });
    }

    /// <summary>The payload of a <see cref="EntryKind.FactAmended"/> entry restating obligation <paramref name="id"/> with the changes given.</summary>
    public static FactPayload Restate(string caseState, string id, ObligationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var state = Parse(caseState);
        var errors = new List<string>();
        if (Find(state, id) is not { } existing)
        {
            return new FactPayload(null, [$"{FactDiagnosticCodes.UnknownObligation}: the case has no obligation '{id}' ({Known(state)})."]);
        }

        var value = existing.DeepClone().AsObject();
        value.Remove("entry");
        value.Remove("id");
        if (change.Text is { } text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add($"{FactDiagnosticCodes.MissingText}: the obligation's words cannot be empty.");
            }

            value["text"] = text.Trim();
            value.Remove("span");
        }

        Apply(state, value, change, errors);
        return Result(errors, () => new JsonObject { ["collection"] = "obligations", ["id"] = Str(existing["id"]), ["value"] = value });
    }

    /// <summary>The payload of a <see cref="EntryKind.FactWithdrawn"/> entry withdrawing obligation <paramref name="id"/>.</summary>
    public static FactPayload Withdraw(string caseState, string id, string reason)
    {
        var state = Parse(caseState);
        if (Find(state, id) is not { } existing)
        {
            return new FactPayload(null, [$"{FactDiagnosticCodes.UnknownObligation}: the case has no obligation '{id}' ({Known(state)})."]);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? new FactPayload(null, [$"{FactDiagnosticCodes.MissingText}: say why the obligation is withdrawn (--reason)."])
            : Result([], () => new JsonObject { ["collection"] = "obligations", ["id"] = Str(existing["id"]), ["reason"] = reason.Trim() });
    }

    /// <summary>Reads a due date written <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> as "by" that date.</summary>
    public static ImpreciseDate? ParseDue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (LocalDatePattern.Iso.Parse(t) is { Success: true } day)
        {
            return ImpreciseDate.ForDay(day.Value, DateQualifier.By);
        }

        if (LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM").Parse(t) is { Success: true } month)
        {
            return ImpreciseDate.ForMonth(month.Value.Year, month.Value.Month, DateQualifier.By);
        }

        return t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900
            ? ImpreciseDate.ForYear(year, DateQualifier.By)
            : null;
    }

    private static void Apply(JsonObject state, JsonObject value, ObligationChange change, List<string> errors)
    {
        if (change.Obligor is { } obligor)
        {
            if (ResolveParty(state, obligor) is { } party)
            {
                value["obligor"] = party;
            }
            else
            {
                errors.Add($"{FactDiagnosticCodes.UnknownParty}: '{obligor}' is not a party of the case ({string.Join(", ", Parties(state).Select(p => $"{Str(p["id"])} {Str(p["name"])}"))}).");
            }
        }

        if (change.Topic is { } topic)
        {
            if (KebabCase.TryParse<ObligationTopic>(topic.Trim(), out var parsed))
            {
                value["topic"] = KebabCase.Name(parsed);
            }
            else
            {
                errors.Add($"{FactDiagnosticCodes.UnknownValue}: '{topic}' is not a topic ({string.Join(", ", Enum.GetValues<ObligationTopic>().Select(KebabCase.Name))}).");
            }
        }

        if (change.Status is { } status)
        {
            if (KebabCase.TryParse<ObligationStatus>(status.Trim(), out var parsed))
            {
                value["status"] = KebabCase.Name(parsed);
                value.Remove("statusSpan");
                value["statusText"] = string.IsNullOrWhiteSpace(change.StatusWords) ? null : change.StatusWords.Trim();
            }
            else
            {
                errors.Add($"{FactDiagnosticCodes.UnknownValue}: '{status}' is not a status ({string.Join(", ", Enum.GetValues<ObligationStatus>().Select(KebabCase.Name))}).");
            }
        }
        else if (change.StatusWords is not null)
        {
            errors.Add($"{FactDiagnosticCodes.UnknownValue}: words for a status need the status they show (--status).");
        }

        if (change.Due is { } due)
        {
            if (ParseDue(due) is { } date)
            {
                value["due"] = new JsonObject
                {
                    ["value"] = date.Value,
                    ["qualifier"] = "by",
                    ["text"] = due.Trim(),
                    ["start"] = date.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["end"] = date.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["precision"] = KebabCase.Name(date.Precision),
                };
            }
            else
            {
                errors.Add($"{FactDiagnosticCodes.BadDate}: '{due}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
            }
        }

        if (!change.Standards.IsDefaultOrEmpty)
        {
            value["standards"] = new JsonArray([.. change.Standards.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => (JsonNode?)JsonValue.Create(s.Trim()))]);
        }
    }

    // A party by its id ("P2"), its name or an alias, ignoring case; else a name's first word ("RetailGiant").
    internal static string? ResolveParty(JsonObject state, string reference)
    {
        var r = reference.Trim();
        var parties = Parties(state).ToList();
        bool Named(JsonObject p) =>
            string.Equals(Str(p["name"]), r, StringComparison.OrdinalIgnoreCase)
            || (p["aliases"] is JsonArray aliases && aliases.Any(a => string.Equals(Str(a), r, StringComparison.OrdinalIgnoreCase)));
        var match = parties.FirstOrDefault(p => string.Equals(Str(p["id"]), r, StringComparison.OrdinalIgnoreCase))
            ?? parties.FirstOrDefault(Named)
            ?? (parties.Count(p => FirstWordIs(p, r)) == 1 ? parties.First(p => FirstWordIs(p, r)) : null);
        return match is null ? null : Str(match["id"]);
    }

    private static bool FirstWordIs(JsonObject party, string word) =>
        string.Equals((Str(party["name"]) ?? string.Empty).Split(' ', 2)[0].TrimEnd(',', '.'), word, StringComparison.OrdinalIgnoreCase);

    internal static IEnumerable<JsonObject> Parties(JsonObject state) =>
        state["parties"] is JsonArray parties ? parties.OfType<JsonObject>() : [];

    private static JsonObject? Find(JsonObject state, string id) =>
        state["obligations"] is JsonArray list
            ? list.OfType<JsonObject>().FirstOrDefault(o => string.Equals(Str(o["id"]), id.Trim(), StringComparison.OrdinalIgnoreCase))
            : null;

    private static string Known(JsonObject state) =>
        state["obligations"] is JsonArray { Count: > 0 } list ? "it has " + string.Join(", ", list.OfType<JsonObject>().Select(o => Str(o["id"]))) : "it has none";

    internal static JsonObject Parse(string caseState)
    {
        ArgumentNullException.ThrowIfNull(caseState);
        return JsonNode.Parse(caseState) as JsonObject ?? throw new JsonException("The case state is not a JSON object.");
    }

    private static FactPayload Result(List<string> errors, Func<JsonObject> build) =>
        errors.Count > 0 ? new FactPayload(null, [.. errors]) : new FactPayload(build().ToJsonString(), []);

    internal static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

/// <summary>What a user states of an obligation; a null field is left as it is (or unset, for a new obligation).</summary>
/// <param name="Obligor">The party that owes it: id, name or alias.</param>
/// <param name="Topic">Its topic, kebab case ("encryption").</param>
/// <param name="Text">The words that state it.</param>
/// <param name="Status">met, partial, unmet, disputed or unknown.</param>
/// <param name="StatusWords">The words (or the finding) that show the status.</param>
/// <param name="Due">Its due date: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Standards">The standards it invokes, by name ("PCI DSS").</param>
public sealed record ObligationChange(
    string? Obligor = null,
    string? Topic = null,
    string? Text = null,
    string? Status = null,
    string? StatusWords = null,
    string? Due = null,
    ImmutableArray<string> Standards = default);

/// <summary>An entry payload, or the errors that prevent it.</summary>
/// <param name="Payload">The JSON payload; null when there are errors.</param>
/// <param name="Errors">Each error as "FCTnnn: what".</param>
public sealed record FactPayload(string? Payload, ImmutableArray<string> Errors);
