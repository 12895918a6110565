using System.Text.RegularExpressions;

namespace Docket.Intake.Recognizers;

/// <summary>
/// Runs an expensive pattern only where it can match. Every date holds a year or a month name, and every amount
/// a currency sign, code or word; scanning the whole text with the full pattern tries dozens of alternatives at
/// every character, while finding anchors is a vectorised search. For each anchor the pattern (which must begin
/// with <c>\G</c>) is tried only at the token starts shortly before it, earliest first, and the first match that
/// reaches the anchor wins. Matches come out in order and never overlap.
/// </summary>
internal static class AnchoredScan
{
    public static IEnumerable<Match> Matches(string text, Regex anchors, Regex pattern, int back)
    {
        var consumed = 0;
        foreach (Match anchor in anchors.Matches(text))
        {
            if (anchor.Index < consumed)
            {
                continue;
            }

            for (var start = Math.Max(consumed, anchor.Index - back); start <= anchor.Index; start++)
            {
                if (!IsTokenStart(text, start))
                {
                    continue;
                }

                var m = pattern.Match(text, start);
                if (m.Success && m.Index + m.Length > anchor.Index)
                {
                    consumed = m.Index + m.Length;
                    yield return m;
                    break;
                }
            }
        }
    }

    private static bool IsTokenStart(string text, int i)
    {
        var c = text[i];
        if (char.IsWhiteSpace(c))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        // After a space or any punctuation ("($75,000)", "mid-2022"), but not inside a word or number.
        return !char.IsLetterOrDigit(text[i - 1]);
    }
}
