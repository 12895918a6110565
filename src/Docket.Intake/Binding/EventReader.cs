using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.Cases;

namespace Docket.Intake.Binding;

/// <summary>Makes one dated event per date mention: the sentence it dates, what kind of event it describes, and the parties it names.</summary>
internal static partial class EventReader
{
    public static ImmutableArray<CaseEvent> Read(string text, SegmentIndex segments, PartyIndex index, IReadOnlyList<DateMention> dates, Func<int, int, Core.Text.SourceSpan> span)
    {
        var events = ImmutableArray.CreateBuilder<CaseEvent>(dates.Count);
        foreach (var date in dates)
        {
            var segment = segments.At(date.Span.Start);
            var (start, end) = segment is { } s && s.End >= date.Span.End ? (s.Start, s.End) : (date.Span.Start, date.Span.End);
            var sentence = text[start..end];
            var parties = index.Within(start, end).Select(m => m.PartyId).Distinct().ToImmutableArray();
            events.Add(new CaseEvent(date, Kind(sentence, date.Date.Qualifier), IssueReader.Clean(sentence), parties, span(start, end)));
        }

        return events.MoveToImmutable();
    }

    // "full implementation by June 2022": a date that bounds a promise is a deadline, whatever else the sentence names.
    private static EventKind Kind(string sentence, Core.Dates.DateQualifier qualifier)
    {
        if (qualifier == Core.Dates.DateQualifier.By && PromisedBy().IsMatch(sentence) && !Termination().IsMatch(sentence))
        {
            return EventKind.Deadline;
        }

        foreach (var (kind, regex) in Kinds)
        {
            if (regex.IsMatch(sentence))
            {
                return kind;
            }
        }

        return EventKind.Other;
    }

    private static readonly (EventKind Kind, Regex Cue)[] Kinds =
    [
        (EventKind.Termination, Termination()),
        (EventKind.Breach, Breach()),
        (EventKind.Notice, Notice()),
        (EventKind.Audit, Audit()),
        (EventKind.ContractSigned, Signed()),
        (EventKind.Deadline, Deadline()),
    ];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bterminat\w*", Options)]
    private static partial Regex Termination();

    [GeneratedRegex(@"\b(?:breach(?:ed)?\b(?!\s+of\s+contract)|data\s+incident|security\s+incident|incident\s+occurred|ransomware|cyber-?attack|attack(?:ed)?|compromis\w*|exfiltrat\w*|exposed|unauthori[sz]ed\s+access|accessed\s+without\s+authori[sz]ation|skimm\w*|stolen|theft)", Options)]
    private static partial Regex Breach();

    [GeneratedRegex(@"\b(?:notif\w*|notice|informed|letter)\b", Options)]
    private static partial Regex Notice();

    [GeneratedRegex(@"\b(?:audit\w*|investigation|assessment|forensic\w*|review\s+(?:found|revealed))\b", Options)]
    private static partial Regex Audit();

    [GeneratedRegex(@"\b(?:entered\s+into|signed(?!\s+off)|executed|contract(?:ed)?\s+(?:with|dated)|engaged|retained|hired|appointed|(?:agreement|contract)\s+(?:dated|was\s+signed|took\s+effect|commenced))\b", Options)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\b(?:deadline|due|by\s+\w+\s+\d{4}|milestone|missed|go-live|deliver\w*)\b", Options)]
    private static partial Regex Deadline();

    // Words of a promise to finish, for a date written "by …".
    [GeneratedRegex(@"\b(?:deadline|due|milestone|go-live|deliver\w*|stipulat\w*|complet\w*|implement\w*|finish\w*|required|agreed|must|was\s+to|were\s+to)\b", Options)]
    private static partial Regex PromisedBy();
}
