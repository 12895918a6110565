namespace Docket.Intake.Syntax;

/// <summary>
/// Splits prose into sentences by position: a sentence ends at '.', '!' or '?' (with closing quotes or brackets)
/// followed by white space and a capital, digit, quote or markup, unless the word before is a known abbreviation
/// ("Inc.", "Art.", "e.g.") or an initial. Line breaks inside a block are white space; blank lines are not
/// expected inside a block.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> AbbreviationSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "ltd", "co", "corp", "llc", "plc", "no", "nos", "art", "arts", "civ", "sec", "secs", "para", "paras", "e.g", "i.e",
        "u.s", "u.k", "st", "mr", "mrs", "ms", "dr", "prof", "vs", "v", "approx", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "cal", "fig", "p", "pp", "ch", "cf", "al", "jr", "sr", "dept", "est", "min",
        "max", "ref", "reg", "regs", "stat", "ann", "n.y", "s.a", "n.v", "b.v", "l.p", "l.l.c", "gmbh", "ag", "s.p.a", "pty",
    };

    private static readonly System.Buffers.SearchValues<char> DigitsAndDot = System.Buffers.SearchValues.Create("0123456789.");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = AbbreviationSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sentence spans (start, end) within <c>text[start..end]</c>, trimmed of white space.</summary>
    public static List<(int Start, int End)> Split(string text, int start, int end)
    {
        var result = new List<(int, int)>();
        var sentenceStart = SkipSpace(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' && IsBoundary(text, i, end, sentenceStart))
            {
                var close = i + 1;
                while (close < end && text[close] is '"' or '\'' or '”' or '’' or ')' or ']' or '*')
                {
                    close++;
                }

                result.Add((sentenceStart, close));
                sentenceStart = SkipSpace(text, close, end);
                i = sentenceStart;
                continue;
            }

            i++;
        }

        if (sentenceStart < end)
        {
            var last = end;
            while (last > sentenceStart && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (last > sentenceStart)
            {
                result.Add((sentenceStart, last));
            }
        }

        return result;
    }

    private static bool IsBoundary(string text, int i, int end, int sentenceStart)
    {
        var c = text[i];
        var next = i + 1;
        while (next < end && text[next] is '"' or '\'' or '”' or '’' or ')' or ']' or '*')
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        var after = SkipSpace(text, next, end);
        if (after >= end)
        {
            return true;
        }

        var following = text[after];

        if (!(char.IsUpper(following) || char.IsDigit(following) || following is '"' or '“' or '‘' or '(' or '*' or '[' or '-' or '–'))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"' and not '“')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart).TrimStart("*_");
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Length > 0 && char.IsDigit(word[^1]) && char.IsDigit(following) && !word.ContainsAnyExcept(DigitsAndDot))
        {
            return false;
        }

        return !Abbreviations.Contains(word);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
