using System.Text.RegularExpressions;
using Docket.Core.Amounts;
using Docket.Core.Cases;
using Docket.Intake.Syntax;

namespace Docket.Intake.Recognizers;

/// <summary>
/// Finds amounts of money ("$2 million", "USD 6.8M", "£3,076,320", "EUR 1.5 million", "1,000 euros") with their
/// qualifier ("exceed $1 million" is at least) and what they are for, read from the words around them.
/// </summary>
internal static partial class MoneyRecognizer
{
    public static List<MoneyMention> Recognize(SourceText source)
    {
        var text = source.Text;
        var result = new List<MoneyMention>();
        // Signs and codes lead their number ("$2 million", "USD 6.8M", "C$20,000"); currency words follow it ("1,000 euros").
        var matches = AnchoredScan.Matches(text, SignAnchor(), Pattern(), back: 3)
            .Concat(AnchoredScan.Matches(text, WordAnchor(), Pattern(), back: 32))
            .OrderBy(m => m.Index);
        var end = -1;
        foreach (var match in matches)
        {
            if (match.Index < end)
            {
                continue;
            }

            end = match.Index + match.Length;
            var g = match.Groups;
            var amount = Quantities.ReadNumber(g["num"].Value, g["scale"].Value);
            if (amount is null)
            {
                continue;
            }

            var currency = Currency(g["cur"].Success ? g["cur"].Value : g["cur2"].Value);
            var qualifier = Quantities.QualifierBefore(text, match.Index);
            var start = qualifier?.Index ?? match.Index;
            result.Add(new MoneyMention(
                new Money(amount.Value, currency), Quantities.ReadQualifier(qualifier?.Value ?? string.Empty), Purpose.Of(text, start, end), source.Span(start, end)));
        }

        return result;
    }

    private static string Currency(string symbol) => symbol.Trim().ToUpperInvariant() switch
    {
        "$" or "US$" or "USD" or "DOLLARS" or "US DOLLARS" => "USD",
        "€" or "EUR" or "EUROS" => "EUR",
        "£" or "GBP" or "POUNDS" or "POUNDS STERLING" => "GBP",
        "¥" or "JPY" => "JPY",
        "C$" or "CAD" => "CAD",
        "A$" or "AUD" => "AUD",
        "CHF" or "SWISS FRANCS" => "CHF",
        var other => other.Length == 3 && other.All(char.IsAsciiLetterUpper) ? other : "USD",
    };

    [GeneratedRegex(@"[$€£¥]|USD|EUR|GBP|CHF|CAD|AUD|JPY")]
    private static partial Regex SignAnchor();

    [GeneratedRegex(@"(?i:dollars|euros|pounds|francs)|(?<=\d\s)(?:USD|EUR|GBP|CHF)")]
    private static partial Regex WordAnchor();

    [GeneratedRegex(
        @"\G" +
        @"(?:(?<cur>US\$|C\$|A\$|\$|€|£|¥|(?:USD|EUR|GBP|CHF|CAD|AUD|JPY)(?=\s?\d))\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>(?i:million|billion|thousand|mn|bn|mm)|[MBk])(?![\w]))?" +
        @"|(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s(?<scale>(?i:million|billion|thousand)))?\s(?<cur2>(?i:US\s+dollars|dollars|euros|pounds\s+sterling|pounds|swiss\s+francs)|USD|EUR|GBP|CHF)(?!\w))",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
