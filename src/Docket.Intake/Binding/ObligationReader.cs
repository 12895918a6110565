using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Dates;
using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>
/// Reads obligations in two passes. Requirement sentences ("The contract stipulated …, including A, B and C",
/// "X would provide …", "X had agreed to employ AES-256") give one obligation per listed item. Status clauses
/// ("was only partially deployed", "were not operational", "instead used a less secure method") then set the
/// status of the obligation on the same topic, or add it: as stated when the text reports it as fact or a
/// finding, and as disputed when it is only one party's allegation.
/// </summary>
internal static partial class ObligationReader
{
    public static ImmutableArray<Obligation> Read(
        IntakeDocument document,
        SegmentIndex segments,
        PartyIndex index,
        IReadOnlyList<Party> parties,
        IReadOnlyList<StandardMention> standards,
        IReadOnlyList<DateMention> dates,
        IReadOnlyList<KeyIssue> issues)
    {
        var text = document.Source.Text;
        var vendor = parties.FirstOrDefault(p => p.Role == PartyRole.Vendor)?.Id;
        var client = parties.FirstOrDefault(p => p.Role == PartyRole.Client)?.Id;
        var drafts = new List<Draft>();
        var sentences = segments.All;

        // Each cue pattern scans the whole text once; only the sentences it hits are read further.
        // The Parties section describes the parties; it states no obligations.
        var requiring = segments.Hits(text, Requirement());
        var reporting = segments.Hits(text, Partial(), Unmet(), Met());
        for (var n = 0; n < sentences.Count; n++)
        {
            if (!requiring[n] || sentences[n].Section == SectionKind.Parties)
            {
                continue;
            }

            var sentence = sentences[n];
            var body = text[sentence.Start..sentence.End];
            var cue = Requirement().Match(body);
            if (!cue.Success)
            {
                continue;
            }

            var list = ListStart().Match(body, cue.Index);
            var from = list.Success ? list.Index + list.Length : 0;
            var subject = LastMentionBefore(index, sentence.Start, sentence.Start + cue.Index + cue.Length + 40);
            foreach (var (chunkStart, chunkEnd) in Chunks(body, from))
            {
                var chunk = body[chunkStart..chunkEnd];
                var topic = Topics.Find(chunk).FirstOrDefault();
                if (topic == default)
                {
                    continue;
                }

                var obligor = Topics.IsClientDuty(topic.Topic) ? client : (subject is not null && subject != client ? subject : vendor);
                var start = sentence.Start + chunkStart;
                var end = sentence.Start + chunkEnd;
                var draft = Find(drafts, obligor, topic.Topic);
                if (draft is null)
                {
                    draft = new Draft(obligor, topic.Topic, start, end);
                    drafts.Add(draft);
                }

                draft.Standards.UnionWith(StandardsWithin(standards, sentence.Start + (list.Success ? chunkStart : 0), end));
                draft.Due ??= dates.FirstOrDefault(d => d.Span.Start >= sentence.Start && d.Span.End <= sentence.End && d.Date.Qualifier == DateQualifier.By);
            }
        }

        var reader = new ClauseReader(text, index, parties);
        for (var n = 0; n < sentences.Count; n++)
        {
            if (!reporting[n] || sentences[n].Section == SectionKind.Parties)
            {
                continue;
            }

            var sentence = sentences[n];

            var sentenceText = text[sentence.Start..sentence.End];
            List<(ObligationTopic Topic, int At, int Length)>? sentenceTopics = null;

            foreach (var clause in reader.Read(sentence.Start, sentence.End))
            {
                var clauseText = text[clause.Start..clause.End];
                var (_, verbAt) = ClauseReader.FirstCue(clauseText);
                var allegation = clause.SpeakerId is not null && !clause.Continues && clause.Cue is CueKind.Claim or CueKind.Neutral or CueKind.Defense;
                var afterVerb = clause.SpeakerId is not null && !clause.Continues ? clause.Start + verbAt : clause.Start;
                List<(ObligationTopic Topic, int At, int Length)>? clauseTopics = null;
                foreach (var (status, cueAt, cueLength) in StatusCues(clauseText))
                {
                    var cueOffset = clause.Start + cueAt;
                    var topic = NearestTopic(clauseTopics ??= [.. Topics.Find(clauseText)], cueAt)
                        ?? NearestTopic(sentenceTopics ??= [.. Topics.Find(sentenceText)], cueOffset - sentence.Start)
                        ?? IssueTopic(issues, cueOffset);
                    if (topic is null)
                    {
                        continue;
                    }

                    var obligor = LastMentionBetween(index, afterVerb, cueOffset)
                        ?? (Topics.IsClientDuty(topic.Value) ? client : vendor);
                    var draft = Find(drafts, obligor, topic.Value);
                    if (draft is null)
                    {
                        draft = new Draft(obligor, topic.Value, clause.Start, clause.End);
                        drafts.Add(draft);
                    }

                    var stated = allegation ? ObligationStatus.Disputed : status;
                    if (draft.Status == ObligationStatus.Unknown || (draft.Status == ObligationStatus.Disputed && !allegation))
                    {
                        draft.Status = stated;
                        draft.StatusStart = cueOffset;
                        draft.StatusEnd = Math.Min(clause.End, StatusPhraseEnd(text, cueOffset + cueLength, clause.End));
                    }
                }
            }
        }

        return [.. drafts
            .OrderBy(d => d.Start)
            .Select((d, i) => new Obligation(
                "O" + (i + 1),
                d.Obligor,
                d.Topic,
                text[d.Start..d.End],
                [.. d.Standards.OrderBy(s => s, StringComparer.Ordinal)],
                d.Due,
                d.Status,
                d.Status == ObligationStatus.Unknown ? null : document.Source.Span(d.StatusStart, d.StatusEnd),
                document.Source.Span(d.Start, d.End)))];
    }

    private static Draft? Find(List<Draft> drafts, string? obligor, ObligationTopic topic) =>
        drafts.FirstOrDefault(d => d.Obligor == obligor && d.Topic == topic);

    private static IEnumerable<string> StandardsWithin(IReadOnlyList<StandardMention> standards, int start, int end) =>
        standards.Where(s => s.Mentions.Any(m => m.Start >= start && m.End <= end)).Select(s => s.Name);

    private static string? LastMentionBefore(PartyIndex index, int start, int end) => index.Within(start, end).LastOrDefault().PartyId;

    private static string? LastMentionBetween(PartyIndex index, int start, int end) =>
        end <= start ? null : index.Within(start, end).LastOrDefault().PartyId;

    private static ObligationTopic? NearestTopic(List<(ObligationTopic Topic, int At, int Length)> topics, int at)
    {
        ObligationTopic? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (topic, start, length) in topics)
        {
            var distance = start > at ? start - at : Math.Max(0, at - (start + length));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (topic, distance);
            }
        }

        return best;
    }

    private static ObligationTopic? IssueTopic(IReadOnlyList<KeyIssue> issues, int offset)
    {
        var issue = issues.FirstOrDefault(i => i.Span.Start <= offset && offset < i.Span.End);
        return issue is null ? null : Topics.Find(issue.Title).Select(t => (ObligationTopic?)t.Topic).FirstOrDefault();
    }

    // Every status cue of a clause, in order; where cues overlap ("only partially" and "partially") the first listed wins.
    private static List<(ObligationStatus Status, int At, int Length)> StatusCues(string clause)
    {
        var cues = new List<(ObligationStatus Status, int At, int Length)>();
        foreach (var (status, regex) in (ReadOnlySpan<(ObligationStatus, Regex)>)[(ObligationStatus.Partial, Partial()), (ObligationStatus.Unmet, Unmet()), (ObligationStatus.Met, Met())])
        {
            foreach (Match m in regex.Matches(clause))
            {
                if (!cues.Any(c => c.At < m.Index + m.Length && m.Index < c.At + c.Length))
                {
                    cues.Add((status, m.Index, m.Length));
                }
            }
        }

        cues.Sort((a, b) => a.At.CompareTo(b.At));
        return cues;
    }

    // The words that show a status run from the cue to the end of its phrase ("only partially deployed").
    private static int StatusPhraseEnd(string text, int from, int limit)
    {
        var end = from;
        var words = 0;
        while (end < limit && words < 6)
        {
            if (text[end] is ',' or ';' or '.' or '\n' or '\r')
            {
                break;
            }

            if (text[end] == ' ')
            {
                words++;
            }

            end++;
        }

        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static IEnumerable<(int Start, int End)> Chunks(string body, int from)
    {
        var start = from;
        foreach (Match split in ChunkBreak().Matches(body, from))
        {
            if (split.Index > start)
            {
                yield return Trim(body, start, split.Index);
            }

            start = split.Index + split.Length;
        }

        if (start < body.Length)
        {
            yield return Trim(body, start, body.Length);
        }
    }

    private static (int, int) Trim(string body, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(body[start]) || body[start] is '*' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] is '.' or '*' or ','))
        {
            end--;
        }

        return (start, end);
    }

    private sealed class Draft(string? obligor, ObligationTopic topic, int start, int end)
    {
        public string? Obligor { get; } = obligor;

        public ObligationTopic Topic { get; } = topic;

        public int Start { get; } = start;

        public int End { get; } = end;

        public SortedSet<string> Standards { get; } = new(StringComparer.Ordinal);

        public DateMention? Due { get; set; }

        public ObligationStatus Status { get; set; }

        public int StatusStart { get; set; }

        public int StatusEnd { get; set; }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:stipulat\w*|requir(?:e|es|ed|ing|ement|ements)|specif(?:y|ies|ied)|agreed\s+to|(?:was|were)\s+to\s+\w+|would\s+(?:provide|deliver|conduct|implement|deploy|perform|supply|host|employ|maintain|ensure|notify|give|grant|pay|train|audit|monitor|manage|encrypt|secure|protect)|obligat\w*|responsible\s+for|must|shall|includes?\s+(?:specific\s+)?clauses?|clauses?\s+(?:related|relating)\s+to|undert(?:ook|akes?)|committed\s+to|promised|duty\s+to|called\s+for|mandat\w*|aimed\s+to|with\s+a\s+focus\s+on)\b", Options)]
    private static partial Regex Requirement();

    [GeneratedRegex(@"\b(?:including|includes|included|such\s+as|with\s+a\s+focus\s+on|namely|related\s+to)\b|:", Options)]
    private static partial Regex ListStart();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|;\s*|\s+and\s+(?=(?:\w+\s+){0,3}\w)|\s+as\s+well\s+as\s+", Options)]
    private static partial Regex ChunkBreak();

    [GeneratedRegex(@"\b(?:partial\w*|not\s+fully|incomplete\w*|only\s+(?:two|one|three|four|five|a\s+few|some|\d+|partially)|some\s+but\s+not\s+all|late|delayed|behind\s+schedule|lacked\s+necessary\s+detail|minimal\s+participation|insufficient|inadequate\w*)\b", Options)]
    private static partial Regex Partial();

    [GeneratedRegex(@"\b(?:not\s+(?:operational|implemented|deployed|delivered|provided|enabled|encrypted|configured|completed|conducted|performed|functional|in\s+place|met|fulfilled|adhered|followed)|non-?operational|never\s+\w+ed|failed\s+to|failure\s+to|did\s+not|didn't|instead\s+used|less\s+secure|missed|lacked|absent|disabled|unencrypted|fell\s+short|(?:was|were|had|has|have)\s+not|neglected|overrid\w*|ignored|disregarded|bypass\w*)\b", Options)]
    private static partial Regex Unmet();

    [GeneratedRegex(@"\b(?:fully\s+(?:implemented|deployed|delivered|operational|compliant)|successfully\s+\w+ed|was\s+completed|were\s+completed|was\s+delivered|were\s+delivered|passed\s+(?:the|its|an)|achieved\s+(?:certification|compliance))\b", Options)]
    private static partial Regex Met();
}
