using System.Globalization;

namespace Docket.Intake.Binding;

/// <summary>
/// Strings one of which every match of a regular expression contains, in lower case: for
/// <c>\b(?:fail(?:ed|s)?\s+to|not\s+operational)\b</c> they are "fail" and "operational". A fast multi-string search for
/// them finds every place the expression can match, and only there need it be run. The pattern is read in the .NET
/// syntax Docket's cue patterns use; a construct it does not know (inline options, back-references, conditionals) leaves
/// the expression without required strings, which is always safe.
/// </summary>
internal static class RequiredLiterals
{
    private const int MaxStrings = 256;
    private const int MaxLength = 40;

    /// <summary>The required strings of <paramref name="pattern"/>, or null when it has none that can be relied on.</summary>
    public static IReadOnlyCollection<string>? Of(string pattern)
    {
        try
        {
            var position = 0;
            var (exact, required) = Alternation(pattern, ref position);
            if (position != pattern.Length)
            {
                return null;
            }

            return Best([exact, required]);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // What a node can match: Exact, the whole of its matches when they are few and short; Required, strings one of which
    // each of its matches contains. Either may be null (unknown).
    private readonly record struct Facts(HashSet<string>? Exact, HashSet<string>? Required);

    private static readonly HashSet<string> Empty = [""];

    private static Facts Alternation(string pattern, ref int position)
    {
        var branches = new List<Facts> { Concatenation(pattern, ref position) };
        while (position < pattern.Length && pattern[position] == '|')
        {
            position++;
            branches.Add(Concatenation(pattern, ref position));
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        HashSet<string>? exact = [];
        HashSet<string>? required = [];
        foreach (var branch in branches)
        {
            if (exact is not null && branch.Exact is not null && exact.Count + branch.Exact.Count <= MaxStrings)
            {
                exact.UnionWith(branch.Exact);
            }
            else
            {
                exact = null;
            }

            var best = Best([branch.Exact, branch.Required]);
            if (required is not null && best is not null)
            {
                required.UnionWith(best);
            }
            else
            {
                required = null;
            }
        }

        return new Facts(exact, required);
    }

    private static Facts Concatenation(string pattern, ref int position)
    {
        var candidates = new List<HashSet<string>?>();
        HashSet<string>? run = [""];
        var allExact = true;
        while (position < pattern.Length && pattern[position] is not ('|' or ')'))
        {
            var atom = Atom(pattern, ref position);
            var item = Quantified(pattern, ref position, atom);
            candidates.Add(item.Required);
            var joined = item.Exact is null ? null : Cross(run, item.Exact);
            if (joined is not null)
            {
                run = joined;
                continue;
            }

            // The run of literals ends here: what it matched so far is required, and a new run starts after it.
            candidates.Add(run);
            allExact = false;
            run = item.Exact ?? [""];
        }

        candidates.Add(run);
        return new Facts(allExact ? run : null, Best(candidates));
    }

    private static Facts Quantified(string pattern, ref int position, Facts atom)
    {
        if (position >= pattern.Length)
        {
            return atom;
        }

        int min, max;
        var c = pattern[position];
        if (c is '?' or '*' or '+')
        {
            (min, max) = c switch { '?' => (0, 1), '*' => (0, int.MaxValue), _ => (1, int.MaxValue) };
            position++;
        }
        else if (c == '{' && Bounds(pattern, ref position) is { } bounds)
        {
            (min, max) = bounds;
        }
        else
        {
            return atom;
        }

        if (position < pattern.Length && pattern[position] == '?')
        {
            position++; // lazy: the same strings
        }

        if (max == 0)
        {
            return new Facts(Empty, null);
        }

        // A few repeats of a few strings are still a few strings ("s?" is "" or "s"); more are unknown.
        HashSet<string>? exact = null;
        if (atom.Exact is not null && max <= 3)
        {
            exact = [];
            HashSet<string>? power = [""];
            for (var n = 0; n <= max && exact is not null; n++)
            {
                power = n == 0 || power is null ? power : Cross(power, atom.Exact);
                if (n >= min)
                {
                    exact = power is not null && exact.Count + power.Count <= MaxStrings ? [.. exact, .. power] : null;
                }
            }
        }

        return new Facts(exact, min >= 1 ? Best([atom.Exact, atom.Required]) : null);
    }

    // "{n}", "{n,}" or "{n,m}" at the position; null (and the position unchanged) when the brace is a literal one.
    private static (int Min, int Max)? Bounds(string pattern, ref int position)
    {
        var close = pattern.IndexOf('}', position);
        if (close < 0)
        {
            return null;
        }

        var parts = pattern[(position + 1)..close].Split(',');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min))
        {
            return null;
        }

        var max = min;
        if (parts.Length == 2 && parts[1].Length == 0)
        {
            max = int.MaxValue;
        }
        else if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out max))
        {
            return null;
        }

        position = close + 1;
        return (min, max);
    }

    private static Facts Atom(string pattern, ref int position)
    {
        var c = pattern[position++];
        switch (c)
        {
            case '(':
                return Group(pattern, ref position);
            case '[':
                position = PatternSyntax.ClassEnd(pattern, position - 1) + 1;
                return new Facts(null, null);
            case '.':
                return new Facts(null, null);
            case '^' or '$':
                return new Facts(Empty, null);
            case '\\':
                return Escape(pattern, ref position);
            case '*' or '+' or '?':
                throw new NotSupportedException("A quantifier with nothing to repeat.");
            default:
                return Literal(c);
        }
    }

    private static Facts Literal(char c) => new([char.ToLowerInvariant(c).ToString()], null);

    private static Facts Group(string pattern, ref int position)
    {
        var zeroWidth = false;
        if (pattern[position] == '?')
        {
            var rest = pattern.AsSpan(position);
            if (rest.StartsWith("?:") || rest.StartsWith("?>"))
            {
                position += 2;
            }
            else if (rest.StartsWith("?=") || rest.StartsWith("?!"))
            {
                position += 2;
                zeroWidth = true;
            }
            else if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
            {
                position += 3;
                zeroWidth = true;
            }
            else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
            {
                var close = pattern.IndexOf(rest[1] == '<' ? '>' : '\'', position + 2);
                position = close < 0 ? throw new NotSupportedException("An unterminated group name.") : close + 1;
            }
            else
            {
                throw new NotSupportedException("Inline options and conditionals are not read.");
            }
        }

        var inner = Alternation(pattern, ref position);
        if (position >= pattern.Length || pattern[position] != ')')
        {
            throw new NotSupportedException("An unclosed group.");
        }

        position++;
        return zeroWidth ? new Facts(Empty, null) : inner;
    }

    private static Facts Escape(string pattern, ref int position)
    {
        if (position >= pattern.Length)
        {
            throw new NotSupportedException("A pattern ending in a backslash.");
        }

        var c = pattern[position++];
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return new Facts(Empty, null);
            case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                return new Facts(null, null);
            case 'p' or 'P':
                var close = pattern.IndexOf('}', position);
                position = close < 0 ? throw new NotSupportedException("An unterminated category.") : close + 1;
                return new Facts(null, null);
            case 'u' when position + 4 <= pattern.Length:
                var code = Convert.ToInt32(pattern.Substring(position, 4), 16);
                position += 4;
                return Literal((char)code);
            case 'x' when position + 2 <= pattern.Length:
                var hex = Convert.ToInt32(pattern.Substring(position, 2), 16);
                position += 2;
                return Literal((char)hex);
            case 'n':
                return Literal('\n');
            case 'r':
                return Literal('\r');
            case 't':
                return Literal('\t');
            case >= '0' and <= '9' or 'k':
                throw new NotSupportedException("Back-references are not read.");
            case >= 'a' and <= 'z' or >= 'A' and <= 'Z':
                throw new NotSupportedException($"The escape \\{c} is not read.");
            default:
                return Literal(c);
        }
    }

    private static HashSet<string>? Cross(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MaxStrings)
        {
            return null;
        }

        var product = new HashSet<string>();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (a.Length + b.Length > MaxLength)
                {
                    return null;
                }

                product.Add(a + b);
            }
        }

        return product;
    }

    // Of sets that would each do, the one whose most common string is rarest in text, then the smallest. A longer string is
    // rarer, but the commonest words of English ("was", "not", "have") are in nearly every sentence whatever their length.
    private static HashSet<string>? Best(IEnumerable<HashSet<string>?> candidates) =>
        candidates
            .Where(s => s is { Count: > 0 } && !s.Contains(""))
            .OrderByDescending(s => s!.Min(x => Common.Contains(x) ? 1 : x.Length))
            .ThenBy(s => s!.Count)
            .FirstOrDefault();

    /// <summary>Whether a required string is one of the commonest words, found in nearly every sentence.</summary>
    public static bool IsCommon(string literal) => Common.Contains(literal);

    private static readonly HashSet<string> Common =
    [
        "the", "and", "that", "have", "for", "not", "with", "you", "this", "but", "his", "from", "they", "say", "her", "she",
        "will", "one", "all", "would", "there", "their", "what", "out", "about", "who", "get", "which", "when", "make", "can",
        "like", "time", "just", "him", "know", "take", "into", "your", "some", "could", "them", "see", "other", "than", "then",
        "now", "only", "its", "over", "also", "after", "use", "two", "how", "our", "work", "well", "way", "even", "new", "want",
        "because", "any", "these", "give", "day", "most", "was", "were", "are", "been", "has", "had", "did", "does", "is",
        "its", "being", "such", "shall", "must", "may", "should", "before", "under", "within", "without", "each", "every",
    ];
}
