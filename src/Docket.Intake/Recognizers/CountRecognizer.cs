using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Intake.Syntax;

namespace Docket.Intake.Recognizers;

/// <summary>
/// Finds counts of people and things ("over 500,000 customers", "2.4 million payment cards", "two brief online
/// sessions"): a number, up to two describing words, and a countable noun. Durations, dates, money and list
/// numbers are not counts.
/// </summary>
internal static partial class CountRecognizer
{
    public static List<CountMention> Recognize(SourceText source, SpanSet taken)
    {
        var text = source.Text;
        var result = new List<CountMention>();
        foreach (var match in AnchoredScan.Matches(text, Anchor(), Pattern(), back: 0))
        {
            var g = match.Groups;
            var numberStart = g["num"].Index;
            if (taken.Overlaps(numberStart, match.Index + match.Length) || (numberStart > 0 && text[numberStart - 1] is '$' or '€' or '£' or '#' or '-' or '.'))
            {
                continue;
            }

            var count = Quantities.ReadNumber(g["num"].Value, g["scale"].Value);
            if (count is null)
            {
                continue;
            }

            var qualifier = Quantities.QualifierBefore(text, numberStart);
            var start = qualifier?.Index ?? numberStart;
            var end = match.Index + match.Length;
            result.Add(new CountMention(count.Value, g["unit"].Value, Quantities.ReadQualifier(qualifier?.Value ?? string.Empty), source.Span(start, end)));
        }

        return result;
    }

    // Any plural noun can be counted ("64 in-scope system components"), but not units of time, money or measure.
    private const string NotCounted =
        "days|hours|weeks|months|years|minutes|seconds|quarters|decades|percent|times|dollars|euros|pounds|points|pages|miles|kilometres|kilometers|" +
        "bits|bytes|characters|degrees|cents|pence|businesses\\s+days|working\\s+days|calendar\\s+days|terms|versions|rounds";

    // Every count starts with a number (not the middle of one) or a number word.
    [GeneratedRegex(@"(?<![\d,.])\d|\b" + Quantities.NumberWords)]
    private static partial Regex Anchor();

    [GeneratedRegex(
        @"\G(?<![\w,.$€£#/-])(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + Quantities.NumberWords + @")" +
        @"(?:\s+(?<scale>(?i:million|billion|thousand)))?\s+" +
        @"(?<unit>(?:(?!(?i:of|the|and|or|to|in|more|than|per|a|an|for|with|were|was|are|is|by|at|on|from|out|its|their|his|her|our|after|before|later|earlier|ago|each|every|other)\s)[A-Za-z][\w-]{0,24}\s+){0,2}" +
        @"(?!(?:" + NotCounted + @")\b)(?:[a-z][a-z-]{0,23}[a-rt-z]s|people|staff|personnel|children|data\s+subjects))(?![\w-])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
