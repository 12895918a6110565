using System.Text.RegularExpressions;
using Docket.Core.Amounts;
using Docket.Core.Cases;
using Docket.Intake.Syntax;

namespace Docket.Intake.Recognizers;

/// <summary>
/// Finds amounts of money with their qualifier ("exceed $1 million" is at least) and what they are for, read from
/// the words around them. A currency is a sign or code before the number ("$2 million", "USD 6.8M", "C$20,000",
/// "R7 450 000", "₹4.5 crore"), a code or word after it ("$62,125 CAD", "1,000 euros", "450 000 kr", "300 €"), and
/// the number may be grouped the English, Indian, Swiss, continental or spaced way ("1,20,00,000", "1'250'000",
/// "1.200.000", "7 450 000").
/// </summary>
internal static partial class MoneyRecognizer
{
    public static List<MoneyMention> Recognize(SourceText source)
    {
        var text = source.Text;
        var result = new List<MoneyMention>();
        // Signs and codes lead their number; currency words, and signs written the continental way, follow it.
        var matches = AnchoredScan.Matches(text, SignAnchor(), Pattern(), back: 3)
            .Concat(AnchoredScan.Matches(text, WordAnchor(), Pattern(), back: 40))
            .OrderBy(m => m.Index);
        var end = -1;
        foreach (var match in matches)
        {
            if (match.Index < end)
            {
                continue;
            }

            var g = match.Groups;
            var sign = g["cur"].Success ? g["cur"].Value : g["cur2"].Value;
            // A bare "R" is the rand only when the number is written like money ("R7 450 000", "R2.5 million"),
            // never in a label like "R2".
            if (sign == "R" && !g["scale"].Success && !g["num"].Value.Any(c => c is ',' or ' ' or '.' or '\u00A0' or '\u202F'))
            {
                continue;
            }

            var amount = Quantities.ReadNumber(Digits(g["num"].Value), g["scale"].Value);
            if (amount is null)
            {
                continue;
            }

            end = match.Index + match.Length;
            var currency = Currency(g["code"].Success ? g["code"].Value : sign);
            var qualifier = Quantities.QualifierBefore(text, match.Index);
            var start = qualifier?.Index ?? match.Index;
            result.Add(new MoneyMention(
                new Money(amount.Value, currency), Quantities.ReadQualifier(qualifier?.Value ?? string.Empty), Purpose.Of(text, start, end), source.Span(start, end)));
        }

        return result;
    }

    /// <summary>The number in invariant form: group separators dropped, a decimal comma made a point.</summary>
    private static string Digits(string number)
    {
        var n = number.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("\u2009", string.Empty, StringComparison.Ordinal)
            .Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal);
        return ContinentalNumber().IsMatch(n)
            ? n.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
            : n.Replace(",", string.Empty, StringComparison.Ordinal);
    }

    private static string Currency(string mark) => string.Join(' ', mark.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "$" or "US$" or "DOLLARS" or "US DOLLARS" => "USD",
        "€" or "EURO" or "EUROS" => "EUR",
        "£" or "POUNDS" or "POUNDS STERLING" or "STERLING" => "GBP",
        "¥" or "YEN" => "JPY",
        "C$" or "CA$" or "CANADIAN DOLLARS" => "CAD",
        "A$" or "AU$" or "AUSTRALIAN DOLLARS" => "AUD",
        "NZ$" or "NEW ZEALAND DOLLARS" => "NZD",
        "HK$" or "HONG KONG DOLLARS" => "HKD",
        "S$" or "SG$" or "SINGAPORE DOLLARS" => "SGD",
        "R$" or "REAIS" => "BRL",
        "MX$" or "PESOS" => "MXN",
        "SWISS FRANCS" or "FRANCS" => "CHF",
        "₹" or "RS" or "RS." or "RUPEES" => "INR",
        "R" or "RAND" => "ZAR",
        "KR" or "KR." or "KRONOR" or "KRONA" => "SEK",
        "KRONER" or "KRONE" => "NOK",
        "YUAN" or "RENMINBI" or "RMB" => "CNY",
        "₩" => "KRW",
        "₪" or "SHEKELS" or "SHEKEL" => "ILS",
        "₦" or "NAIRA" => "NGN",
        "₺" => "TRY",
        "₽" => "RUB",
        "ZLOTY" or "ZŁOTY" => "PLN",
        "DIRHAM" or "DIRHAMS" => "AED",
        "RIYAL" or "RIYALS" => "SAR",
        "RINGGIT" => "MYR",
        "BAHT" => "THB",
        var other => other.Length == 3 && other.All(char.IsAsciiLetterUpper) ? other : "USD",
    };

    /// <summary>ISO 4217 codes Docket reads; codes that are also common words or acronyms (PHP, ALL) are left out.</summary>
    private const string Codes =
        "USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|CNY|RMB|INR|SGD|HKD|ZAR|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|AED|SAR|ILS|KRW|TWD|THB|MYR|IDR|NGN|KES|RUB|TRY";

    private const string Signs = @"US\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|SG\$|S\$|R\$|MX\$|\$|€|£|¥|₹|₩|₪|₦|₺|₽|Rs\.?|R(?=\s?\d)|kr\.?(?=\s?\d)";

    private const string Number =
        @"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)" + // Indian grouping: 1,20,00,000
        @"|\d{1,3}(?:,\d{3})+(?:\.\d+)?" +
        @"|\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)(?:,\d{1,2}(?!\d))?" + // 7 450 000
        @"|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?" + // 1'250'000
        @"|\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?|\d{1,3}(?:\.\d{3})+,\d{1,2}" + // 1.200.000 and 1.200,50
        @"|\d+(?:\.\d+)?)";

    private const string Scales = @"(?:(?i:million|billion|thousand|mn|bn|mm|lakhs?|lacs?|crores?|cr)|[MBkm])(?!\w)";

    private const string Words =
        @"(?i:US\s+dollars|(?:Australian|Canadian|New\s+Zealand|Singapore|Hong\s+Kong)\s+dollars|dollars|euros?|pounds\s+sterling|pounds|sterling|" +
        @"swiss\s+francs|francs|rupees|rand|yen|yuan|renminbi|kronor|kroner|krona|krone|reais|pesos|z[łl]oty|dirhams?|riyals?|shekels?|naira|ringgit|baht)";

    [GeneratedRegex(@"[$€£¥₹₩₪₦₺₽]|\b(?:" + Codes + @")\b|(?<!\w)(?:Rs\.?|R|kr\.?)(?=\s?\d)")]
    private static partial Regex SignAnchor();

    [GeneratedRegex(@"\b" + Words + @"\b|(?<=\d\s)(?:(?:" + Codes + @")\b|kr\b)|(?<=\d\s?)[€£₹](?!\s?\d)")]
    private static partial Regex WordAnchor();

    [GeneratedRegex(
        @"\G(?:" +
        // A code, perhaps with a sign after it ("CAD $62,125"), or a sign; then the number, its scale and perhaps a code ("$62,125 CAD").
        @"(?:(?<cur>" + Codes + @")(?=\s?[$€£¥₹]?\s?\d)\s?(?:[$€£¥₹]\s?)?|(?<cur>" + Signs + @")\s?)" +
        @"(?<num>" + Number + @")(?:\s?(?<scale>" + Scales + @"))?(?:\s\(?(?<code>" + Codes + @")\)?(?!\w))?" +
        // A number followed by a currency word, code or sign ("4.5 crore rupees", "2 million Swiss francs", "450 000 kr", "300 €").
        @"|(?<num>" + Number + @")(?:\s(?<scale>" + Scales + @"))?(?:\s(?<cur2>" + Words + @"|" + Codes + @"|kr)(?!\w)|\s?(?<cur2>[€£₹])(?!\s?\d)))",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+,\d{1,2}$|^\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?$")]
    private static partial Regex ContinentalNumber();
}
