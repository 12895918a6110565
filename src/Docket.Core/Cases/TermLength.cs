using System.Globalization;
using System.Text.RegularExpressions;

namespace Docket.Core.Cases;

/// <summary>The length in months of a contract term as written ("three-year term", "a term of 36 months", "eighteen months").</summary>
public static partial class TermLength
{
    /// <summary>The months of <paramref name="term"/>, or null when it gives no length Docket can read.</summary>
    public static int? Months(string? term)
    {
        if (term is null || Pattern().Match(term) is not { Success: true } m)
        {
            return null;
        }

        var n = Number(m.Groups["n"].Value);
        return n is null ? null : m.Groups["unit"].Value.StartsWith('y') || m.Groups["unit"].Value.StartsWith('Y') ? n * 12 : n;
    }

    private static int? Number(string written) => written.ToUpperInvariant() switch
    {
        "ONE" => 1, "TWO" => 2, "THREE" => 3, "FOUR" => 4, "FIVE" => 5, "SIX" => 6, "SEVEN" => 7, "EIGHT" => 8, "NINE" => 9, "TEN" => 10,
        "TWELVE" => 12, "EIGHTEEN" => 18, "TWENTY-FOUR" or "TWENTY FOUR" => 24, "THIRTY" => 30, "THIRTY-SIX" or "THIRTY SIX" => 36,
        "FORTY-EIGHT" or "FORTY EIGHT" => 48, "SIXTY" => 60,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : null,
    };

    [GeneratedRegex(
        @"\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty[-\s]four|thirty[-\s]six|thirty|forty[-\s]eight|sixty)(?:\s+\(\d{1,3}\))?[-\s](?<unit>years?|months?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
