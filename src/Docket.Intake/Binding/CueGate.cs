using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Docket.Intake.Binding;

/// <summary>
/// A cheap first pass over a whole text for a set of cue patterns. The patterns backtrack, and a long alternation of words
/// ("not operational|failed to|never …") costs the backtracking engine a try at nearly every word. Most patterns have
/// strings one of which each of their matches contains (<see cref="RequiredLiterals"/>): one vectorised search for all of
/// them finds the sentences where a pattern can match. A pattern without such strings gets a linear-time
/// (non-backtracking) automaton instead, with its lookarounds dropped and its counts unbounded, so that it too matches
/// wherever the pattern could. Only the sentences touched are then read with the patterns themselves.
/// </summary>
internal sealed partial class CueGate
{
    // Shorter required strings, and the commonest words, occur in nearly every sentence: an automaton sorts better.
    private const int ShortestLiteral = 3;

    private readonly Regex[] _patterns;
    private readonly Regex?[] _automata;
    private readonly SearchValues<string>? _literals;
    private readonly Dictionary<char, (string Literal, long Patterns)[]> _byFirst = [];

    public CueGate(params Regex[] patterns)
    {
        _patterns = patterns.Length <= 64 ? patterns : throw new ArgumentException("A gate holds at most 64 patterns.", nameof(patterns));
        _automata = new Regex?[patterns.Length];
        var literals = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var k = 0; k < patterns.Length; k++)
        {
            if (RequiredLiterals.Of(patterns[k].ToString()) is { } required && required.All(r => r.Length >= ShortestLiteral && !RequiredLiterals.IsCommon(r)))
            {
                foreach (var literal in required)
                {
                    literals[literal] = literals.GetValueOrDefault(literal) | 1L << k;
                }
            }
            else
            {
                const RegexOptions kept = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Singleline;
                var pattern = patterns[k].ToString();
                try
                {
                    _automata[k] = new Regex(Loosen(pattern), (patterns[k].Options & kept) | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture);
                }
                catch (NotSupportedException e)
                {
                    // A pattern every match of which holds no rare string must stay small enough for an automaton.
                    throw new InvalidOperationException($"Cue pattern {k} has no required strings and is too large for an automaton: {pattern[..Math.Min(80, pattern.Length)]}…", e);
                }
            }
        }

        if (literals.Count > 0)
        {
            _literals = SearchValues.Create([.. literals.Keys], StringComparison.OrdinalIgnoreCase);
            foreach (var group in literals.GroupBy(l => l.Key[0]))
            {
                (string, long)[] entries = [.. group.Select(l => (l.Key, l.Value))];
                _byFirst[group.Key] = entries;
                _byFirst[char.ToUpperInvariant(group.Key)] = entries;
            }
        }
    }

    /// <summary>For each segment, the patterns that match wholly inside it, one bit each in the order given.</summary>
    public long[] Hits(SegmentIndex segments, string text)
    {
        var all = segments.All;
        var hits = Touched(segments, text);

        // What the first pass found is read with the patterns, so that what a caller sees does not depend on how loose it was.
        for (var i = 0; i < all.Count; i++)
        {
            for (var k = 0; k < _patterns.Length; k++)
            {
                if ((hits[i] & (1L << k)) != 0 && !_patterns[k].EnumerateMatches(text.AsSpan(0, all[i].End), all[i].Start).MoveNext())
                {
                    hits[i] &= ~(1L << k);
                }
            }
        }

        return hits;
    }

    /// <summary>
    /// For each segment, the patterns that may match inside it, one bit each in the order given: the first pass alone, a
    /// superset of <see cref="Hits"/>.
    /// </summary>
    public long[] Touched(SegmentIndex segments, string text)
    {
        var all = segments.All;
        var touched = new long[all.Count];
        if (_literals is not null)
        {
            var span = text.AsSpan();
            for (var at = span.IndexOfAny(_literals); at >= 0;)
            {
                var i = segments.IndexAt(at);
                if (i >= 0 && at < all[i].End && _byFirst.TryGetValue(text[at], out var entries))
                {
                    foreach (var (literal, bits) in entries)
                    {
                        if ((touched[i] & bits) != bits && span[at..].StartsWith(literal, StringComparison.OrdinalIgnoreCase))
                        {
                            touched[i] |= bits;
                        }
                    }
                }

                var next = span[(at + 1)..].IndexOfAny(_literals);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        for (var k = 0; k < _automata.Length; k++)
        {
            if (_automata[k] is not { } automaton)
            {
                continue;
            }

            // A pattern's match inside a segment lies under a match of its automaton that overlaps the segment.
            foreach (var m in automaton.EnumerateMatches(text))
            {
                for (var i = Math.Max(0, segments.IndexAt(m.Index)); i < all.Count && all[i].Start < m.Index + Math.Max(1, m.Length); i++)
                {
                    touched[i] |= all[i].End > m.Index ? 1L << k : 0;
                }
            }
        }

        return touched;
    }

    /// <summary>The matches of one of the gate's patterns in a text within a segment whose <see cref="Hits"/> are <paramref name="hits"/>.</summary>
    public IEnumerable<Match> Matches(Regex pattern, string text, long hits)
    {
        var k = Array.IndexOf(_patterns, pattern);
        return k < 0 ? throw new ArgumentException("Not a pattern of this gate.", nameof(pattern)) : (hits & (1L << k)) != 0 ? pattern.Matches(text) : [];
    }

    // The pattern less its lookarounds and count bounds, which only ever narrow a match.
    private static string Loosen(string pattern)
    {
        var loose = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                loose.Append(c).Append(pattern[++i]);
                continue;
            }

            if (c == '[')
            {
                var end = PatternSyntax.ClassEnd(pattern, i);
                loose.Append(pattern, i, end - i + 1);
                i = end;
                continue;
            }

            var rest = pattern.AsSpan(i);
            if (rest.StartsWith("(?=") || rest.StartsWith("(?!") || rest.StartsWith("(?<=") || rest.StartsWith("(?<!"))
            {
                i = PatternSyntax.GroupEnd(pattern, i);
                continue;
            }

            // A bounded count unrolls into as many states as its bound: "(?:\w+\s+){0,3}" is read as "(?:\w+\s+)*".
            if (c == '{' && Bounds().Match(pattern, i) is { Success: true } bounds)
            {
                var least = int.Parse(bounds.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                loose.Append(least switch { 0 => "*", 1 => "+", _ => $"{{{least},}}" });
                i += bounds.Length - 1;
                continue;
            }

            loose.Append(c);
        }

        return loose.ToString();
    }

    [GeneratedRegex(@"\G\{(\d+),\d*\}")]
    private static partial Regex Bounds();
}
