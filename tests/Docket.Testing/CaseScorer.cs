using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Intake.Json;

namespace Docket.Testing;

/// <summary>
/// Scores an extracted case field by field against a hand-written expectation file (the format of
/// tests/Docket.Intake.Tests/Corpus/*.expected.json): what a careful reader extracts from the narrative.
/// Lists are compared as multisets, parties by normalised name or alias.
/// </summary>
public static partial class CaseScorer
{
    /// <summary>The fields the issue's F1 target is measured on.</summary>
    public static readonly IReadOnlySet<string> CoreFields = new HashSet<string> { "parties", "dates", "amounts", "standards", "positions" };

    public static List<FieldScore> Score(Case actual, JsonElement expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var scores = new List<FieldScore>
        {
            Scalar("theme", Str(expected, "theme"), actual.Theme),
            Scalar("caseNumber", expected.TryGetProperty("caseNumber", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32().ToString(CultureInfo.InvariantCulture) : null,
                actual.CaseNumber?.ToString(CultureInfo.InvariantCulture)),
            Scalar("title", Str(expected, "title"), actual.Title),
        };
        scores.AddRange(Lists(actual, expected).Select(l => Multiset(l.Field, l.Expected, l.Actual)));
        scores.Add(Scalar("status", Str(expected, "status") is { } st && st != "unknown" ? st : null, actual.Status is { } s && s.Stage != DisputeStage.Unknown ? CaseJsonWriter.Kebab(s.Stage) : null));

        if (expected.TryGetProperty("contract", out var contract) && contract.ValueKind == JsonValueKind.Object)
        {
            scores.Add(Scalar("contract.signed", Str(contract, "signed"), actual.Contract.Signed?.Date.Value));
            var value = contract.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object
                ? $"{v.GetProperty("amount").GetDecimal():0.##} {v.GetProperty("currency").GetString()}"
                : null;
            scores.Add(Scalar("contract.value", value, actual.Contract.Value is { } av ? $"{av.Money.Amount:0.##} {av.Money.Currency}" : null));
            // A term is its length: "three-year term" is "three years".
            scores.Add(Scalar("contract.term", Str(contract, "term") is { } t ? Length(t) : null, actual.Contract.Term is { } at ? Length(at) : null));
            scores.Add(Scalar("contract.deadline", Str(contract, "deadline"), actual.Contract.Deadline?.Date.Value));
        }

        return scores;
    }

    /// <summary>What <paramref name="field"/> missed (expected, not extracted) and added (extracted, not expected), as the scorer's keys.</summary>
    public static (List<string> Missed, List<string> Added) Differences(Case actual, JsonElement expected, string field)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var list = Lists(actual, expected).Single(l => l.Field == field);
        var missed = list.Expected.ToList();
        var added = new List<string>();
        foreach (var a in list.Actual)
        {
            if (!missed.Remove(a))
            {
                added.Add(a);
            }
        }

        return (missed, added);
    }

    // The list fields, each as the keys expected and the keys extracted; parties are keyed by the expected name they match.
    private static List<(string Field, IEnumerable<string> Expected, IEnumerable<string> Actual)> Lists(Case actual, JsonElement expected)
    {
        var names = new PartyNames(actual);
        var expectedNames = Array(expected, "parties").Select(e => e.GetProperty("name").GetString()!).ToList();
        string Party(string? id) => id is null ? string.Empty : names.KeyFor(id, expectedNames);
        return
        [
            ("parties",
                Array(expected, "parties").Select(p => Key(p.GetProperty("name").GetString()!) + "|" + p.GetProperty("role").GetString()),
                actual.Parties.Select(p => Party(p.Id) + "|" + CaseJsonWriter.Kebab(p.Role))),
            ("aliases",
                Array(expected, "parties").SelectMany(p => p.GetProperty("aliases").EnumerateArray().Select(a => Key(p.GetProperty("name").GetString()!) + "|" + a.GetString())),
                actual.Parties.SelectMany(p => p.Aliases.Select(a => Party(p.Id) + "|" + a))),
            ("dates", Array(expected, "dates").Select(d => d.GetString()!), actual.Events.Select(e => e.Date.Date.Value)),
            ("amounts",
                Array(expected, "amounts").Select(a => $"{a.GetProperty("amount").GetDecimal():0.##} {a.GetProperty("currency").GetString()} {a.GetProperty("qualifier").GetString()}"),
                actual.Amounts.Select(a => $"{a.Money.Amount:0.##} {a.Money.Currency} {CaseJsonWriter.Kebab(a.Qualifier)}")),
            ("counts",
                Array(expected, "counts").Select(c => $"{c.GetProperty("count").GetDecimal():0.##} {Head(c.GetProperty("unit").GetString()!)}"),
                actual.Counts.Select(c => $"{c.Count:0.##} {Head(c.Unit)}")),
            ("standards", Array(expected, "standards").Select(s => s.GetString()!).Distinct(), actual.Standards.Select(s => s.Name)),
            ("positions",
                Array(expected, "issues").SelectMany(i => i.GetProperty("positions").EnumerateArray()
                    .Select(p => $"{i.GetProperty("number").GetInt32()}|{Key(p.GetProperty("party").GetString()!)}|{p.GetProperty("stance").GetString()}")),
                actual.Issues.SelectMany(i => i.Positions.Select(p => $"{i.Number}|{Party(p.PartyId)}|{CaseJsonWriter.Kebab(p.Stance)}"))),
            ("issueTitles",
                Array(expected, "issues").Select(i => $"{i.GetProperty("number").GetInt32()}|{Key(i.GetProperty("title").GetString()!)}"),
                actual.Issues.Select(i => $"{i.Number}|{Key(i.Title)}")),
            ("obligations",
                Array(expected, "obligations").Select(o => $"{Key(o.GetProperty("obligor").GetString() ?? "")}|{o.GetProperty("topic").GetString()}"),
                actual.Obligations.Select(o => $"{Party(o.ObligorId)}|{CaseJsonWriter.Kebab(o.Topic)}")),
            ("obligationStatus",
                Array(expected, "obligations").Select(o => $"{Key(o.GetProperty("obligor").GetString() ?? "")}|{o.GetProperty("topic").GetString()}|{o.GetProperty("status").GetString()}"),
                actual.Obligations.Select(o => $"{Party(o.ObligorId)}|{CaseJsonWriter.Kebab(o.Topic)}|{CaseJsonWriter.Kebab(o.Status)}")),
        ];
    }

    private static string Length(string term) => TermLength.Months(term) is { } months ? $"{months} months" : Key(term);

    private static FieldScore Scalar(string field, string? expected, string? actual)
    {
        if (expected is null)
        {
            return new FieldScore(field, 0, actual is null ? 0 : 1, 0);
        }

        if (actual is null)
        {
            return new FieldScore(field, 0, 0, 1);
        }

        return Key(expected) == Key(actual) ? new FieldScore(field, 1, 0, 0) : new FieldScore(field, 0, 1, 1);
    }

    private static FieldScore Multiset(string field, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var remaining = expected.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int tp = 0, fp = 0;
        foreach (var a in actual)
        {
            if (remaining.TryGetValue(a, out var left) && left > 0)
            {
                remaining[a] = left - 1;
                tp++;
            }
            else
            {
                fp++;
            }
        }

        return new FieldScore(field, tp, fp, remaining.Values.Sum());
    }

#pragma warning disable CA1859 // Returning the interface lets a missing property yield an empty sequence.
    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];
#pragma warning restore CA1859

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A name or title for comparison: lower case, without corporate suffixes, punctuation or markup.</summary>
    public static string Key(string text)
    {
        var t = Suffix().Replace(text, string.Empty);
        t = NonWord().Replace(t.ToLowerInvariant(), " ");
        return string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Head(string unit)
    {
        var words = unit.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : words[^1];
    }

    /// <summary>Maps actual party ids to the expected party they stand for, by name or alias.</summary>
    private sealed class PartyNames(Case actual)
    {
        public string KeyFor(string partyId, IEnumerable<string> expectedNames)
        {
            var party = actual.FindParty(partyId);
            if (party is null)
            {
                return partyId;
            }

            var own = party.Aliases.Prepend(party.Name).Select(Key).ToHashSet(StringComparer.Ordinal);
            foreach (var name in expectedNames)
            {
                var key = Key(name);
                if (own.Contains(key) || own.Any(o => o.Split(' ')[0] == key.Split(' ')[0] && o.Length > 2))
                {
                    return key;
                }
            }

            return Key(party.Name);
        }
    }

    [GeneratedRegex(@",?\s*\b(?:Inc|Ltd|LLC|LLP|Corp|Corporation|Co|plc|PLC|GmbH|AG|SA|s\.r\.o|Limited)\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
