using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Core.Amounts;

namespace Docket.Intake.Recognizers;

/// <summary>Shared reading of written numbers and qualifier words for amounts and counts.</summary>
internal static partial class Quantities
{
    /// <summary>Qualifier words before a number, longest first so that the regex alternation prefers them.</summary>
    /// <summary>Qualifier words before a number. Phrases that contain a shorter one ("no more than", "more than")
    /// come first, because the right-to-left search for them takes the first alternative that fits.</summary>
    public const string QualifierWords =
        @"(?i:not\s+to\s+exceed|not\s+exceeding|no\s+more\s+than|not\s+more\s+than|no\s+less\s+than|not\s+less\s+than|in\s+excess\s+of|upwards\s+of|north\s+of|" +
        @"a\s+minimum\s+of|minimum\s+of|a\s+maximum\s+of|maximum\s+of|at\s+least|more\s+than|exceeding|exceeded|exceeds|exceed|over|" +
        @"as\s+much\s+as|capped\s+at|a\s+cap\s+of|up\s+to|at\s+most|less\s+than|fewer\s+than|under|below|" +
        @"approximately|approx\.|about|around|roughly|nearly|almost|close\s+to|an\s+estimated|estimated|circa|some)";

    /// <summary>The qualifier words that end just before <paramref name="index"/> ("over " before "500,000"), if any.</summary>
    public static Match? QualifierBefore(string text, int index)
    {
        var from = Math.Max(0, index - 24);
        var m = TrailingQualifier().Match(text, from, index - from);
        return m.Success ? m : null;
    }

    public static AmountQualifier ReadQualifier(string words)
    {
        var q = string.Join(' ', words.ToLowerInvariant().Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (q.Length == 0)
        {
            return AmountQualifier.Exact;
        }

        if (q.StartsWith("not to exceed", StringComparison.Ordinal) || q.StartsWith("not exceeding", StringComparison.Ordinal)
            || q.StartsWith("no more", StringComparison.Ordinal) || q.StartsWith("not more", StringComparison.Ordinal)
            || q.Contains("maximum", StringComparison.Ordinal) || q.Contains("cap", StringComparison.Ordinal) || q.StartsWith("up to", StringComparison.Ordinal)
            || q.StartsWith("at most", StringComparison.Ordinal) || q.StartsWith("less", StringComparison.Ordinal) || q.StartsWith("fewer", StringComparison.Ordinal)
            || q is "under" or "below" || q.StartsWith("as much", StringComparison.Ordinal))
        {
            return AmountQualifier.AtMost;
        }

        if (q.Contains("exceed", StringComparison.Ordinal) || q.Contains("excess", StringComparison.Ordinal) || q.Contains("upwards", StringComparison.Ordinal)
            || q.Contains("north", StringComparison.Ordinal) || q.Contains("minimum", StringComparison.Ordinal) || q.Contains("less than", StringComparison.Ordinal)
            || q.StartsWith("at least", StringComparison.Ordinal) || q.StartsWith("more", StringComparison.Ordinal) || q == "over")
        {
            return AmountQualifier.AtLeast;
        }

        return AmountQualifier.About;
    }

    /// <summary>Reads "2,400,000", "2.4" with scale "million", "6.8" with "M", or a number word.</summary>
    public static decimal? ReadNumber(string number, string scale)
    {
        decimal value;
        var n = number.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(n, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            var word = NumberWord(number);
            if (word is null)
            {
                return null;
            }

            value = word.Value;
        }

        var multiplier = scale.ToLowerInvariant() switch
        {
            "thousand" or "k" => 1_000m,
            "million" or "m" or "mn" or "mm" => 1_000_000m,
            "billion" or "b" or "bn" => 1_000_000_000m,
            "lakh" or "lakhs" or "lac" or "lacs" => 100_000m,
            "crore" or "crores" or "cr" => 10_000_000m,
            _ => 1m,
        };
        try
        {
            return value * multiplier;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public const string NumberWords =
        @"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+dozen|a\s+few|several|hundreds|thousands|dozens)";

    private static int? NumberWord(string word) => string.Join(' ', word.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14, "fifteen" => 15, "sixteen" => 16, "seventeen" => 17,
        "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70,
        "eighty" => 80, "ninety" => 90, "a hundred" => 100, "a dozen" => 12,
        _ => null,
    };

    [GeneratedRegex(@"(?<![\w-])" + QualifierWords + @"\s+$", RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingQualifier();
}
