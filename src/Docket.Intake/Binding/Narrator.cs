using System.Text.RegularExpressions;

namespace Docket.Intake.Binding;

/// <summary>
/// Who writes a first-person narrative, and to whom: an e-mail's From and To lines (the party whose name is in the
/// address or display name), "as programme manager for X", "on behalf of X", "we at X", or a signature block naming a
/// party in the last lines. Then "we", "us" and "our" are the writer's mentions and "you" and "your" the addressee's,
/// so that "We were to deliver …" and "you're holding back our final invoice" say who is the vendor and who the
/// client. Narratives in the third person have no writer, and nothing changes for them.
/// </summary>
internal static partial class Narrator
{
    /// <summary>The writer's and the addressee's index among <paramref name="parties"/>, when the text says.</summary>
    public static (int? Writer, int? Addressee) Find(string text, IReadOnlyList<PartyCandidate> parties)
    {
        var head = text[..Math.Min(text.Length, 1500)];
        int? writer = HeaderParty(head, FromLine(), parties);
        int? addressee = HeaderParty(head, ToLine(), parties);
        // An internal memo ("To: Board of Directors, Kisaragi Pharmacy …" from an office that names no party) is the
        // addressee's own organisation writing to itself.
        if (writer is null && addressee is not null && ToLine().Match(head) is { Success: true } to && InternalBody().IsMatch(to.Groups[1].Value)
            && FromLine().Match(head) is { Success: true } from && !from.Groups[1].Value.Contains('@'))
        {
            (writer, addressee) = (addressee, null);
        }

        if (writer is null)
        {
            foreach (Match m in WriterPhrase().Matches(text))
            {
                writer = PartyAt(text, m.Index + m.Length, parties);
                if (writer is not null)
                {
                    break;
                }
            }
        }

        if (writer is null)
        {
            // A letterhead: a party's full name alone on one of the first lines ("PRAIRIE HARVEST CO-OPERATIVE LTD.").
            // A law firm's letterhead is counsel's, who write for their client: "we" is not the firm.
            // "**Protea Bay Logistics (Pty) Ltd – IT Risk & Resilience**": a department's line names its organisation first.
            var lines = head.Split('\n').Select(l => l.Trim().Trim('*', '_', '#', ' ').TrimEnd('.', ',')).Where(l => l.Length > 0).Take(4).ToList();
            // "CARROW LIM LLP" over "Advocates & Solicitors" is counsel's; a later line ("Classification: prepared at the
            // request of legal counsel") does not make a party's letterhead counsel's.
            for (var k = 0; k < lines.Count && writer is null; k++)
            {
                if (PartyFinder.CounselWords().IsMatch(lines[k]))
                {
                    break;
                }

                writer = Index(parties, p => Letterhead(lines[k], p.Name.TrimEnd('.')));
                if (writer is not null && k + 1 < lines.Count && PartyFinder.CounselWords().IsMatch(lines[k + 1]))
                {
                    writer = null;
                    break;
                }
            }
        }

        if (writer is null)
        {
            // A signature block: a party's full name alone on one of the last lines.
            var tail = text[Math.Max(0, text.Length - 400)..];
            var lines = tail.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(6);
            writer = lines.Select(l => Index(parties, p => string.Equals(p.Name, l, StringComparison.Ordinal))).FirstOrDefault(i => i is not null);
        }

        // Only first-person writing has a writer to stand in for "we".
        if (writer is not null && FirstPerson().Count(text) < 3)
        {
            writer = null;
        }

        return (writer, addressee == writer ? null : addressee);
    }

    private static bool Letterhead(string line, string name) =>
        line.StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && (line.Length == name.Length || LetterheadRest().IsMatch(line.AsSpan(name.Length)));

    /// <summary>
    /// Who speaks where. An e-mail thread has a voice per message (its From line's party writes it, its To line's party
    /// reads it), and the lines a reply quotes ("&gt; …") are the reader's own earlier words. Any other first-person text
    /// has one voice, its writer's; third-person text has none.
    /// </summary>
    public static List<Voice> Voices(string text, IReadOnlyList<PartyCandidate> parties)
    {
        var voices = new List<Voice>();
        var starts = FromLine().Matches(text).Select(m => m.Index).ToList();
        if (starts.Count < 2)
        {
            var (writer, addressee) = Find(text, parties);
            if (writer is not null || addressee is not null)
            {
                voices.Add(new Voice(0, text.Length, writer, addressee));
            }

            return voices;
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var start = i == 0 ? 0 : starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            var head = text[starts[i]..Math.Min(end, starts[i] + 600)];
            var writer = HeaderParty(head, FromLine(), parties);
            var reader = HeaderParty(head, ToLine(), parties);
            var at = start;
            foreach (Match quoted in QuotedLines().Matches(text, start))
            {
                if (quoted.Index >= end)
                {
                    break;
                }

                voices.Add(new Voice(at, quoted.Index, writer, reader));
                voices.Add(new Voice(quoted.Index, Math.Min(end, quoted.Index + quoted.Length), reader, writer, Quoted: true));
                at = Math.Min(end, quoted.Index + quoted.Length);
            }

            voices.Add(new Voice(at, end, writer, reader == writer ? null : reader));
        }

        return voices;
    }

    /// <summary>The first-person mentions of each voice's writer ("we", "us", "our") and second-person ones of its reader ("you", "your").</summary>
    public static List<PartyMention> Mentions(string text, IEnumerable<Voice> voices)
    {
        var mentions = new List<PartyMention>();
        foreach (var voice in voices)
        {
            Add(FirstPerson(), voice.Writer);
            Add(SecondPerson(), voice.Reader);

            void Add(Regex pronouns, int? party)
            {
                if (party is { } p)
                {
                    foreach (var m in pronouns.EnumerateMatches(text.AsSpan(voice.Start, voice.End - voice.Start)))
                    {
                        mentions.Add(new PartyMention(voice.Start + m.Index, voice.Start + m.Index + m.Length, "P" + (p + 1)));
                    }
                }
            }
        }

        return mentions;
    }

    private static int? HeaderParty(string head, Regex line, IReadOnlyList<PartyCandidate> parties)
    {
        var m = line.Match(head);
        if (!m.Success)
        {
            return null;
        }

        var value = Letters().Replace(m.Groups[1].Value.ToLowerInvariant(), string.Empty);
        return Index(parties, p => Keys(p).Any(k => value.Contains(k, StringComparison.Ordinal)));
    }

    // The party whose name (or alias) starts right after a writer phrase.
    private static int? PartyAt(string text, int at, IReadOnlyList<PartyCandidate> parties)
    {
        var rest = text.Substring(at, Math.Min(80, text.Length - at));
        return Index(parties, p => p.Aliases.Prepend(p.Name).Any(n => n.Length >= 3 && rest.StartsWith(n, StringComparison.Ordinal)));
    }

    // Lower-case name words of four letters or more that identify a party in an address ("tidewell" in tidewell-identity.co.uk).
    private static IEnumerable<string> Keys(PartyCandidate p) =>
        p.Aliases.Prepend(p.Name).SelectMany(n => n.Split(' ', ',', '.', '-')).Select(w => w.ToLowerInvariant())
            .Where(w => w.Length >= 4 && w is not ("limited" or "group" or "services" or "solutions" or "systems" or "holdings" or "international" or "global" or "technologies" or "consulting"));

    private static int? Index(IReadOnlyList<PartyCandidate> parties, Func<PartyCandidate, bool> match)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (match(parties[i]))
            {
                return i;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[*_]*From:[*_]*[ \t]*(.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^[*_]*To:[*_]*[ \t]*(.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ToLine();

    [GeneratedRegex(@"\b(?:board|directors|committee|management|executive|leadership|trustees|council)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalBody();

    // A run of lines a reply quotes: each starts with ">".
    [GeneratedRegex(@"(?:^[ \t]*>.*(?:\r?\n|$))+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedLines();

    [GeneratedRegex(@"[^a-z0-9]")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\b(?:as\s+(?:the\s+)?[\w -]{2,40}?\s+(?:for|of|at)|on\s+behalf\s+of|we\s+at|here\s+at|written\s+by|I\s+(?:run|manage|head|lead)\s+(?:IT|security|cyber\s*security|infrastructure|operations|technology)\s+(?:for|at)|I\s+work\s+(?:for|at))\s+(?:the\s+)?(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriterPhrase();

    [GeneratedRegex(@"\b(?:[Ww]e|us|[Oo]ur|[Oo]urs)\b(?![’'-])|\b[Ww]e(?=[’']ve|[’']re|[’']d|[’']ll)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b(?![’'-])|\b[Yy]ou(?=[’']re|[’']ve|[’']d|[’']ll)", RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"^\.?\s*(?:[–—|:]|\s-\s)")]
    private static partial Regex LetterheadRest();
}
