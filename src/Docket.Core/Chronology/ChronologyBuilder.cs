using System.Collections.Immutable;
using Docket.Core.CaseFiles;
using NodaTime;

namespace Docket.Core.Chronology;

/// <summary>
/// Builds a case's chronology from its events, the contract's dates and the obligations' due dates. Facts are ordered
/// by the first day their date can mean, and, on the same day, the coarser date first ("June 2022" before "5 June
/// 2022"), then by where they are stated. A fact inside one party's account of an issue that the other party answers
/// is disputed; everything else is undisputed. Two facts of the same kind in the two parties' accounts whose dates
/// cannot overlap are a contradiction.
/// </summary>
public static class ChronologyBuilder
{
    /// <summary>The chronology of <paramref name="file"/>.</summary>
    public static ChronologyReport Build(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var facts = new List<ChronologyFact>();
        var spans = new HashSet<int>();
        foreach (var (e, i) in file.Events.Select((e, i) => (e, i)))
        {
            if (Fact(file, e.Id ?? $"E{i + 1}", e.Date, e.Kind, e.Summary, e.Span, e.Entry) is { } fact)
            {
                facts.Add(fact);
                if (e.Date.Span is { } s)
                {
                    spans.Add(s.Start);
                }
            }
        }

        // The contract's own dates and the obligations' due dates, unless an event already states them.
        foreach (var (id, date, kind, summary) in new[] { ("contract signed", file.ContractSigned, "contract-signed", "The contract was signed."), ("contract deadline", file.ContractDeadline, "deadline", "The contract's completion date.") })
        {
            if (date is not null && (date.Span is not { } s || !spans.Contains(s.Start)) && Fact(file, id, date, kind, summary, date.Span, null) is { } fact)
            {
                facts.Add(fact);
            }
        }

        foreach (var o in file.Obligations.Where(o => o.Due is not null))
        {
            if ((o.Due!.Span is not { } s || !spans.Contains(s.Start)) && Fact(file, o.Id + " due", o.Due, "due", $"{Name(file, o.ObligorId)} owed: {o.Text}", o.Span ?? o.Due.Span, o.Entry) is { } fact)
            {
                facts.Add(fact);
            }
        }

        var ordered = facts
            .OrderBy(f => f.Earliest)
            .ThenBy(f => Rank(f.Precision))
            .ThenBy(f => f.Span?.Start ?? int.MaxValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ChronologyReport(ordered,
            [.. ordered.Where(f => f.Standing == "undisputed").Select(f => f.Id)],
            [.. ordered.Where(f => f.Standing == "disputed").Select(f => f.Id)],
            Contradictions(file, ordered));
    }

    private static ChronologyFact? Fact(CaseFile file, string id, CaseFileDate date, string kind, string summary, Text.SourceSpan? span, long? entry)
    {
        if (date.Earliest is not { } earliest || date.Latest is not { } latest)
        {
            return null;
        }

        var at = span ?? date.Span;
        var issue = at is { } a ? file.Issues.FirstOrDefault(i => i.Positions.Any(p => Holds(p.Span, a))) : null;
        var position = issue?.Positions.FirstOrDefault(p => at is { } a2 && Holds(p.Span, a2));
        var answered = position is not null && issue!.Positions.Any(p => p.PartyId is not null && p.PartyId != position.PartyId && p.Stance != position.Stance);
        return new ChronologyFact(id, date.Text, earliest, latest, date.Precision, date.Qualifier, kind, summary, at, entry,
            position?.PartyId, answered ? "disputed" : "undisputed", issue?.Number);
    }

    private static bool Holds(Text.SourceSpan? outer, Text.SourceSpan inner) => outer is { } o && o.Start <= inner.Start && inner.End <= o.End;

    // Coarser first on the same first day: year, quarter, range, month, day.
    private static int Rank(string precision) => precision switch
    {
        "year" => 0,
        "quarter" => 1,
        "range" => 2,
        "month" => 3,
        _ => 4,
    };

    private static ImmutableArray<Contradiction> Contradictions(CaseFile file, ImmutableArray<ChronologyFact> facts)
    {
        var found = ImmutableArray.CreateBuilder<Contradiction>();
        var kinds = facts.Where(f => f.Kind is not "other" and not "due").GroupBy(f => f.Kind);
        foreach (var group in kinds)
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (a.AssertedBy is not null && b.AssertedBy is not null && a.AssertedBy != b.AssertedBy && (a.Latest < b.Earliest || b.Latest < a.Earliest) && Exact(a) && Exact(b))
                    {
                        found.Add(new Contradiction(a.Id, b.Id,
                            $"{Name(file, a.AssertedBy)} dates the {a.Kind} {a.DateText}; {Name(file, b.AssertedBy)} dates it {b.DateText}."));
                    }
                }
            }
        }

        return found.ToImmutable();
    }

    // "by", "before" and "after" dates bound an event rather than date it; only dated accounts can contradict.
    private static bool Exact(ChronologyFact f) => f.Qualifier is "on" or "about";

    private static string Name(CaseFile file, string? id) => id is null ? "the narrative" : file.Party(id)?.Name ?? id;
}
