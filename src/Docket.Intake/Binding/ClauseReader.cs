using System.Text.RegularExpressions;
using Docket.Core.Cases;

namespace Docket.Intake.Binding;

/// <summary>
/// Splits sentences into clauses and attributes each clause to a speaker: the party named nearest before the
/// clause's first cue verb, or, for "They …", "It …", the previous speaker. The client and vendor can also be
/// named by role ("the client argues").
/// </summary>
internal sealed partial class ClauseReader(string text, PartyIndex index, IReadOnlyList<Party> parties)
{
    private string? _lastSpeaker;

    /// <summary>Forgets the previous speaker (at the start of a new issue).</summary>
    public void Reset() => _lastSpeaker = null;

    public IEnumerable<Clause> Read(int sentenceStart, int sentenceEnd)
    {
        var from = sentenceStart;
        foreach (Match split in Cues.ClauseBreak().Matches(text[sentenceStart..sentenceEnd]))
        {
            var at = sentenceStart + split.Index;
            if (at > from)
            {
                yield return ReadClause(from, at);
            }

            from = at + split.Length;
        }

        if (sentenceEnd > from)
        {
            yield return ReadClause(from, sentenceEnd);
        }
    }

    private Clause ReadClause(int start, int end)
    {
        var clause = text[start..end];
        var (cue, verbAt) = FirstCue(clause);
        string? speaker = null;
        if (cue != CueKind.None)
        {
            foreach (var m in index.Within(start, start + verbAt))
            {
                speaker = m.PartyId;
            }

            if (speaker is null)
            {
                speaker = ByRole(clause[..verbAt]);
            }

            if (speaker is null && Cues.LeadingPronoun().IsMatch(clause))
            {
                speaker = _lastSpeaker;
            }
        }

        if (speaker is not null)
        {
            _lastSpeaker = speaker;
            return new Clause(start, end, speaker, cue, Continues: false);
        }

        // A clause whose subject is a party by name ("Brüggemann has paid three instalments") is told of it, not by it.
        var startsWithParty = index.Within(start, Math.Min(end, start + 40)).Any(m => m.Start - start < 15);
        return _lastSpeaker is not null && !startsWithParty
            ? new Clause(start, end, _lastSpeaker, CueKind.None, Continues: true)
            : new Clause(start, end, null, CueKind.None, Continues: false);
    }

    private string? ByRole(string beforeVerb)
    {
        var m = RoleNoun().Match(beforeVerb);
        if (!m.Success)
        {
            return null;
        }

        var role = m.Groups["role"].Value.ToLowerInvariant() is "client" or "customer" ? PartyRole.Client : PartyRole.Vendor;
        var matches = parties.Where(p => p.Role == role).ToList();
        return matches.Count == 1 ? matches[0].Id : null;
    }

    internal static (CueKind Kind, int At) FirstCue(string clause)
    {
        var best = (Kind: CueKind.None, At: int.MaxValue);
        Consider(Cues.ClaimVerb(), CueKind.Claim);
        Consider(Cues.DefenseVerb(), CueKind.Defense);
        Consider(Cues.NeutralVerb(), CueKind.Neutral);
        Consider(Cues.FindingVerb(), CueKind.Finding);
        return best.Kind == CueKind.None ? (CueKind.None, 0) : best;

        void Consider(Regex regex, CueKind kind)
        {
            var m = regex.Match(clause);
            if (m.Success && m.Index < best.At)
            {
                best = (kind, m.Index);
            }
        }
    }

    [GeneratedRegex(@"\bthe\s+(?<role>client|customer|vendor|contractor|provider|supplier|consultant)\b", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex RoleNoun();
}
