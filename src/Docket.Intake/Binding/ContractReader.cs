using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Dates;

namespace Docket.Intake.Binding;

/// <summary>
/// Reads the contract facts: when it was signed (a date in a sentence that enters into, signs or executes the
/// contract), its value (an amount whose words say "valued at", "worth", "contract value"), its term ("two-year
/// term", "a term of 36 months") and its delivery deadline (a "by" date next to delivery words, or "deadline").
/// </summary>
internal static partial class ContractReader
{
    public static ContractFacts Read(string text, SegmentIndex segments, IReadOnlyList<DateMention> dates, IReadOnlyList<MoneyMention> amounts, Func<int, int, Core.Text.SourceSpan> span)
    {
        DateMention? signed = null;
        DateMention? deadline = null;
        foreach (var date in dates)
        {
            var sentence = segments.At(date.Span.Start);
            if (sentence is null)
            {
                continue;
            }

            var words = text[sentence.Value.Start..sentence.Value.End];
            if (signed is null && Signed().IsMatch(words))
            {
                signed = date;
            }

            // The delivery words must lead up to the date ("full implementation by June 2022"); "By September 2022, the
            // client audited …" only dates the sentence.
            var lead = text[Math.Max(sentence.Value.Start, date.Span.Start - 60)..date.Span.Start];
            if (deadline is null && date.Date.Qualifier is DateQualifier.By or DateQualifier.On && Deadline().IsMatch(lead)
                && (date.Date.Qualifier == DateQualifier.By || DeadlineWord().IsMatch(lead)))
            {
                deadline = date;
            }
        }

        var value = amounts.FirstOrDefault(a => a.What == "contract value");
        var term = Term().Match(text);
        return new ContractFacts(
            signed,
            value,
            term.Success ? term.Groups["term"].Value : null,
            term.Success ? span(term.Groups["term"].Index, term.Groups["term"].Index + term.Groups["term"].Length) : null,
            deadline);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:entered\s+into|signed|executed|concluded|engaged|retained|hired|awarded|contracted|(?:agreement|contract)\s+(?:dated|of|effective))\b", Options)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\b(?:deliver\w*|implement\w*|complet\w*|deadline|go-live|launch\w*|roll-?out|deploy\w*|due|milestone|remediat\w*|certif\w*|achiev\w*|finish\w*)\b", Options)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(?:deadline|due|go-live\s+date|target\s+date)\b", Options)]
    private static partial Regex DeadlineWord();

    [GeneratedRegex(@"(?<term>\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six|\d{1,2})[\s-](?:year|month)[\s-](?:term|agreement|contract|engagement|deal)|(?:initial\s+)?term\s+of\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:years?|months?)))\b", Options)]
    private static partial Regex Term();
}
