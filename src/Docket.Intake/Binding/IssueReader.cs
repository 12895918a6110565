using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Diagnostics;
using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>
/// Reads the Key Issues section: each top-level item or sub-heading is an issue with a title, and each party's
/// statements in its body become that party's position, as a claim or a defence.
/// </summary>
internal static partial class IssueReader
{
    public static ImmutableArray<KeyIssue> Read(
        IntakeDocument document, PartyIndex index, IReadOnlyList<Party> parties, List<Diagnostic> diagnostics)
    {
        var section = document.Find(SectionKind.KeyIssues);
        if (section is null || parties.Count == 0)
        {
            return [];
        }

        var text = document.Source.Text;
        var drafts = Group(text, section);
        var reader = new ClauseReader(text, index, parties);
        var clausesByIssue = new List<List<Clause>>();
        foreach (var draft in drafts)
        {
            reader.Reset();
            var clauses = new List<Clause>();
            foreach (var (start, end) in draft.Body)
            {
                foreach (var (s, e) in SentenceSplitter.Split(text, start, end))
                {
                    clauses.AddRange(reader.Read(s, e));
                }
            }

            clausesByIssue.Add(clauses);
        }

        var claimant = Claimant(text, index, clausesByIssue, parties);
        var issues = ImmutableArray.CreateBuilder<KeyIssue>();
        for (var n = 0; n < drafts.Count; n++)
        {
            var draft = drafts[n];
            var positions = Positions(document, clausesByIssue[n], claimant, diagnostics);
            var issueSpan = document.Source.Span(draft.Start, draft.End);
            if (positions.Length == 0)
            {
                diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.IssueWithoutPosition, DiagnosticSeverity.Warning, issueSpan,
                    $"Key issue {draft.Number} ('{draft.Title}') names no party's position."));
            }

            issues.Add(new KeyIssue(draft.Number, draft.Title, positions, issueSpan));
        }

        return issues.ToImmutable();
    }

    /// <summary>The party that brings the claims: the one with the most claim-marked statements, else the client.</summary>
    /// <remarks>A procedural label before a party's name ("Plaintiff Sundial", "Claimant's position: Vellacourt")
    /// outweighs the verbs.</remarks>
    private static string? Claimant(string text, PartyIndex index, List<List<Clause>> clausesByIssue, IReadOnlyList<Party> parties)
    {
        var labels = new Dictionary<string, int>();
        foreach (var mention in index.Mentions)
        {
            var before = text.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start)).ToString();
            var label = ProceduralLabel().Match(before);
            if (label.Success)
            {
                labels[mention.PartyId] = labels.GetValueOrDefault(mention.PartyId) + (label.Groups["claimant"].Success ? 5 : -5);
            }
        }

        var counts = clausesByIssue.SelectMany(c => c)
            .Where(c => c.SpeakerId is not null && !c.Continues)
            .GroupBy(c => c.SpeakerId!)
            .Select(g => (Id: g.Key, Claims: g.Count(c => c.Cue == CueKind.Claim) - g.Count(c => c.Cue == CueKind.Defense) + labels.GetValueOrDefault(g.Key)))
            .OrderByDescending(x => x.Claims)
            .ToList();
        var client = parties.FirstOrDefault(p => p.Role == PartyRole.Client)?.Id;
        if (counts.Count == 0)
        {
            return client;
        }

        if (counts.Count > 1 && counts[0].Claims == counts[1].Claims)
        {
            return client ?? counts[0].Id;
        }

        return counts[0].Id;
    }

    private static ImmutableArray<Position> Positions(IntakeDocument document, List<Clause> clauses, string? claimant, List<Diagnostic> diagnostics)
    {
        var text = document.Source.Text;
        var order = new List<string>();
        var byParty = new Dictionary<string, List<Clause>>();
        foreach (var clause in clauses.Where(c => c.SpeakerId is not null))
        {
            var id = clause.SpeakerId!;
            if (!byParty.TryGetValue(id, out var list))
            {
                if (clause.Continues)
                {
                    continue;
                }

                byParty[id] = list = [];
                order.Add(id);
            }

            list.Add(clause);
        }

        // A party's first statement in the issue decides its stance when its verb is marked ("alleged", "countered");
        // a rebuttal later in the issue does not turn a claimant into a defendant.
        var first = order.ToDictionary(id => id, id => byParty[id].First(c => !c.Continues).Cue);
        var positions = ImmutableArray.CreateBuilder<Position>();
        for (var i = 0; i < order.Count; i++)
        {
            var id = order[i];
            var own = byParty[id];
            var others = order.Where(o => o != id).Select(o => first[o]).ToList();
            var decided = true;
            Stance stance;
            if (first[id] is CueKind.Claim or CueKind.Defense)
            {
                stance = first[id] == CueKind.Claim ? Stance.Claim : Stance.Defense;
            }
            else if (own.Any(c => !c.Continues && c.Cue == CueKind.Claim))
            {
                stance = Stance.Claim;
            }
            else if (others.Contains(CueKind.Claim) || others.Contains(CueKind.Defense))
            {
                stance = others.Contains(CueKind.Claim) ? Stance.Defense : Stance.Claim;
            }
            else
            {
                decided = claimant is not null;
                stance = claimant is null ? (i == 0 ? Stance.Claim : Stance.Defense) : (id == claimant ? Stance.Claim : Stance.Defense);
            }

            if (!decided)
            {
                diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.StanceFromRole, DiagnosticSeverity.Info, document.Source.Span(own[0].Start, own[0].End),
                    $"The stance of this statement ({stance.ToString().ToLowerInvariant()}) was taken from the order of statements: neither the wording nor the parties' sides decide it."));
            }

            var summary = string.Join(' ', own.Select(c => Clean(text[c.Start..c.End])));
            positions.Add(new Position(id, stance, summary, document.Source.Span(own[0].Start, own[^1].End)));
        }

        return positions.ToImmutable();
    }

    internal static string Clean(string text) =>
        string.Join(' ', IntakeParser.StripMarkup(text).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private sealed record IssueDraft(int Number, string Title, int Start, int End, List<(int Start, int End)> Body);

    private static List<IssueDraft> Group(string text, Section section)
    {
        var blocks = section.Blocks.Where(b => b is not Rule).ToList();
        var headings = blocks.OfType<Heading>().ToList();
        var items = blocks.OfType<ListItem>().ToList();
        var topIndent = items.Count > 0 ? items.Min(i => i.Indent) : 0;
        // "Issue A: Was the termination valid?" lines start issues wherever they stand, ahead of numbered paragraphs.
        var labelled = blocks.Where(b => b is not Heading && IssueLabel().IsMatch(text.AsSpan(b.Span.Start, b.Span.Length))).ToHashSet();
        bool IsStarter(Block b) => labelled.Count > 0 ? labelled.Contains(b)
            : headings.Count > 0 ? b is Heading
            : b is ListItem li ? li.Indent == topIndent : b is Paragraph && items.Count == 0 && LeadingBoldTitle().IsMatch(text[b.Span.Start..b.Span.End]);

        var drafts = new List<IssueDraft>();
        IssueDraft? current = null;
        foreach (var block in blocks)
        {
            if (IsStarter(block))
            {
                current = Start(text, block, drafts.Count + 1);
                drafts.Add(current);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            current.Body.Add((block.Span.Start, block.Span.End));
            drafts[^1] = current = current with { End = block.Span.End };
        }

        return drafts;
    }

    private static IssueDraft Start(string text, Block block, int order)
    {
        var start = block.Span.Start;
        var end = block.Span.End;
        var content = text[start..end];
        if (block is Heading heading)
        {
            var numbered = IssueNumber().Match(heading.Text);
            var number = numbered.Success ? int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : order;
            var title = numbered.Success ? heading.Text[numbered.Length..].Trim() : heading.Text;
            return new IssueDraft(number, title.Length > 0 ? title : heading.Text, start, end, []);
        }

        var itemNumber = block is ListItem { Number: { } n } ? n : order;
        var bold = LeadingBoldTitle().Match(content);
        if (bold.Success)
        {
            var title = StripIssueNumber(Clean(bold.Groups["title"].Value).TrimEnd(':', '.').Trim());
            var bodyStart = start + bold.Length;
            return new IssueDraft(itemNumber, title, start, end, bodyStart < end ? [(bodyStart, end)] : []);
        }

        var label = IssueLabel().Match(content);
        if (label.Success)
        {
            var id = label.Groups["id"].Value;
            var labelNumber = int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : char.ToUpperInvariant(id[0]) - 'A' + 1;
            var rest = content[label.Length..];
            var firstBreak = rest.IndexOfAny(['\r', '\n']);
            var line = firstBreak < 0 ? rest : rest[..firstBreak];
            var question = line.IndexOf('?', StringComparison.Ordinal);
            var labelTitle = Clean(question > 0 ? line[..question] : line).TrimEnd('.', ':').Trim();
            return new IssueDraft(labelNumber, labelTitle, start, end, firstBreak < 0 ? [] : [(start + label.Length + firstBreak, end)]);
        }

        // "Title: body", "Title — body": the earliest separator after a short, sentence-free title.
        var colon = content.IndexOf(':', StringComparison.Ordinal);
        var dash = TitleDash().Match(content);
        var (at, length) = (colon, 1);
        if (dash.Success && (colon < 0 || dash.Index < colon))
        {
            (at, length) = (dash.Index, dash.Length);
        }

        if (at is > 0 and < 100 && !content[..at].Contains('.', StringComparison.Ordinal) && content[..at].Split(' ').Length <= 12)
        {
            return new IssueDraft(itemNumber, StripIssueNumber(Clean(content[..at])), start, end, [(start + at + length, end)]);
        }

        var firstLineEnd = content.IndexOfAny(['\r', '\n']);
        var firstLine = firstLineEnd < 0 ? content : content[..firstLineEnd];
        if (firstLine.Length <= 120 && !firstLine.TrimEnd().EndsWith('.'))
        {
            return new IssueDraft(itemNumber, Clean(firstLine), start, end, firstLineEnd < 0 ? [] : [(start + firstLineEnd, end)]);
        }

        var sentences = SentenceSplitter.Split(text, start, end);
        var first = sentences.Count > 0 ? Clean(text[sentences[0].Start..sentences[0].End]) : Clean(content);
        return new IssueDraft(itemNumber, first.Length > 120 ? first[..120].TrimEnd() + "…" : first, start, end, [(start, end)]);
    }

    // "Issue 1 – Incomplete MFA" is titled "Incomplete MFA"; a bare number prefix goes too.
    private static string StripIssueNumber(string title)
    {
        var m = IssueNumber().Match(title);
        return m.Success && m.Length < title.Length ? title[m.Length..].Trim() : title;
    }

    [GeneratedRegex(@"^\s*(?:\*\*|__)?(?:Issue|Ground|Question|Point)\s+(?<id>[A-Z]|\d{1,2})\b\s*[:.)—–-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex IssueLabel();

    [GeneratedRegex(@"^\s*(?:\*\*|__)(?<title>[^*_\r\n]{1,200}?)(?:\*\*|__)\s*:?")]
    private static partial Regex LeadingBoldTitle();

    [GeneratedRegex(@"\b(?:(?<claimant>plaintiffs?|claimants?|petitioners?|complainants?)|respondents?|defendants?)(?:[’']s)?(?:\s+(?:position|case|view|argument|response|reply|submission))?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProceduralLabel();

    [GeneratedRegex(@"\s+[—–-]\s+|[—–]")]
    private static partial Regex TitleDash();

    [GeneratedRegex(@"^\s*(?:(?:Issue|Point|Dispute|Ground|Claim)\s+)?(?<n>\d{1,3})\s*[.:)\-–—]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssueNumber();
}
