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
        foreach (Match match in Pattern().Matches(text))
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

            var start = g["qual"].Success ? g["qual"].Index : numberStart;
            var end = match.Index + match.Length;
            result.Add(new CountMention(count.Value, g["unit"].Value, Quantities.ReadQualifier(g["qual"].Value), source.Span(start, end)));
        }

        return result;
    }

    private const string Nouns =
        "customers|clients|consumers|users|individuals|people|persons|residents|patients|employees|staff\\s+members|staff|members|workers|" +
        "records|accounts|cards|card\\s+numbers|files|documents|emails|e-mails|devices|endpoints|servers|systems|laptops|workstations|" +
        "applications|sessions|transactions|vulnerabilities|findings|incidents|subscribers|students|policyholders|cardholders|" +
        "citizens|entries|rows|sites|locations|stores|branches|offices|controls|milestones|reports|tickets|data\\s+subjects|" +
        "databases|buckets|credentials|passwords|hosts|machines|mailboxes|accountholders|account\\s+holders|members|tenants|" +
        "borrowers|guests|visitors|families|households|claimants|shoppers|donors|applicants|vendors|contractors|partners|merchants";

    [GeneratedRegex(
        @"(?<![\w,.])(?:(?<qual>" + Quantities.QualifierWords + @")\s+)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + Quantities.NumberWords + @")" +
        @"(?:\s+(?<scale>(?i:million|billion|thousand)))?\s+(?<unit>(?:(?!(?i:of|the|and|or|to|in|more|than|per|a|an)\s)[a-z][a-z-]{1,20}\s+){0,2}(?i:" + Nouns + @"))(?![\w-])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
