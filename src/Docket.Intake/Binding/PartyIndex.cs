using Docket.Core.Cases;

namespace Docket.Intake.Binding;

/// <summary>Finds every mention of the case's parties by name or alias, longest name first, whole words only.</summary>
internal sealed class PartyIndex
{
    private readonly List<PartyMention> _mentions;

    public PartyIndex(string text, IReadOnlyList<Party> parties)
    {
        var names = parties
            .SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (Name: n, p.Id)))
            .Where(n => n.Name.Length >= 2)
            .OrderByDescending(n => n.Name.Length)
            .ToList();
        var taken = new bool[text.Length + 1];
        _mentions = [];
        foreach (var (name, id) in names)
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                if (IsWordBoundary(text, at - 1) && IsWordBoundary(text, end) && !taken[at] && !taken[end - 1])
                {
                    for (var i = at; i < end; i++)
                    {
                        taken[i] = true;
                    }

                    _mentions.Add(new PartyMention(at, end, id));
                }

                at = end;
            }
        }

        _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private PartyIndex(List<PartyMention> mentions) => _mentions = mentions;

    public IReadOnlyList<PartyMention> Mentions => _mentions;

    /// <summary>This index with <paramref name="extra"/> mentions added (a first-person writer's "we"), in order.</summary>
    public PartyIndex With(IEnumerable<PartyMention> extra)
    {
        var all = new List<PartyMention>(_mentions);
        all.AddRange(extra);
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new PartyIndex(all);
    }

    /// <summary>Mentions that lie inside <c>[start, end)</c>, in order.</summary>
    public IEnumerable<PartyMention> Within(int start, int end)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _mentions.Count && _mentions[i].Start < end; i++)
        {
            if (_mentions[i].End <= end)
            {
                yield return _mentions[i];
            }
        }
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] == '_');
}
