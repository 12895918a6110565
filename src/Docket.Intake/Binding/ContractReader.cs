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

        var term = Term().Match(text);
        var value = amounts.FirstOrDefault(a => a.What == "contract value") ?? amounts.FirstOrDefault(a => PricesTheContract(text, segments, a, term));
        return new ContractFacts(
            signed,
            value,
            term.Success ? term.Groups["term"].Value : null,
            term.Success ? span(term.Groups["term"].Index, term.Groups["term"].Index + term.Groups["term"].Length) : null,
            deadline);
    }

    /// <summary>
    /// Without words that name it the contract value, an amount still prices the contract when it is the price or fee
    /// in the sentence that signs the contract or states its term ("signed … for a three-year term at a total price of
    /// S$3,840,000"), and that sentence names the agreement.
    /// </summary>
    private static bool PricesTheContract(string text, SegmentIndex segments, MoneyMention amount, Match term)
    {
        if (amount.What is not ("fees" or "amount") || amount.Qualifier != Core.Amounts.AmountQualifier.Exact
            || segments.At(amount.Span.Start) is not { } sentence)
        {
            return false;
        }

        var words = text[sentence.Start..sentence.End];
        var statesTerm = term.Success && term.Index >= sentence.Start && term.Index < sentence.End;
        return (statesTerm || Signed().IsMatch(words)) && AgreementNoun().IsMatch(words) && !NotThePrice().IsMatch(words);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:entered\s+into|signed|executed|concluded|engaged|retained|hired|awarded|contracted|(?:agreement|contract)\s+(?:dated|of|effective))\b", Options)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\b(?:deliver\w*|implement\w*|complet\w*|deadline|go-live|launch\w*|roll-?out|deploy\w*|due|milestone|remediat\w*|certif\w*|achiev\w*|finish\w*)\b", Options)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(?:agreement|contract|statement\s+of\s+work|SOW|engagement|deal|order\s+form|MSA)\b", Options)]
    private static partial Regex AgreementNoun();

    // Sentences about money owed or withheld under the contract rather than its price.
    [GeneratedRegex(@"\b(?:invoice[sd]?|outstanding|withh[eo]ld\w*|unpaid|overdue|instal(?:l)?ment|milestone\s+payment|refund\w*|credit\w*)\b", Options)]
    private static partial Regex NotThePrice();

    [GeneratedRegex(@"\b(?:deadline|due|go-live\s+date|target\s+date)\b", Options)]
    private static partial Regex DeadlineWord();

    private const string TermLength =
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six|\d{1,2})(?:\s+\(\d{1,2}\))?";

    // "three-year term", "18-month managed-service term", "term of 36 months", "the agreement runs for three years",
    // "the MSA (24 months)", "EUR 268,000 over two years".
    [GeneratedRegex(
        @"(?<term>\b" + TermLength + @"[\s-](?:year|month)[\s-](?:[\w-]+\s+){0,3}?(?:term|agreement|contract|engagement|deal)" +
        @"|\b(?:initial\s+|programme\s+|program\s+)?term\s+of\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:years?|months?)" +
        @"|\b(?:runs?|ran|running|lasts?|lasted|lasting)\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?" + TermLength + @"\s+(?:years?|months?)" +
        @"|(?<=\b(?:agreement|contract|MSA|SOW|deal|engagement)\s+\()" + TermLength + @"\s+(?:years?|months?)(?=\))" +
        @"|(?<=\d\s+)(?:over|for)\s+" + TermLength + @"\s+years?)\b", Options)]
    private static partial Regex Term();
}
