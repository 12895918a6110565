using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Dates;
using Docket.Core.Diagnostics;
using Docket.Intake.Syntax;
using NodaTime;

namespace Docket.Intake.Recognizers;

/// <summary>
/// Finds written dates: days ("14 March 2023", "March 3, 2024", "2023-05-17", "05/17/2023"), months
/// ("January 2022", "mid-June 2022"), quarters ("Q3 2023", "the third quarter of 2023"), seasons, years with a
/// cue ("in 2021", "late 2023") and ranges ("between April and June 2023"), each with its qualifier ("by", "before",
/// "after", "around"). A month or day without a year takes the year of the nearest earlier date, with a diagnostic.
/// </summary>
internal static partial class DateRecognizer
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static List<DateMention> Recognize(SourceText source, List<Diagnostic> diagnostics)
    {
        var text = source.Text;
        var result = new List<DateMention>();
        int? lastYear = null;
        foreach (var match in AnchoredScan.Matches(text, Anchor(), Pattern(), back: 48))
        {
            var groups = match.Groups;
            if (!groups["y"].Success && !groups["y2"].Success)
            {
                // A month or day without a year: only after a cue word ("in March", "on 3 March") and with an earlier year to borrow.
                if (lastYear is null || (!groups["qual"].Success && !HasCueBefore(text, match.Index)))
                {
                    continue;
                }
            }
            else if (groups["bare"].Success && !groups["qual"].Success && !HasCueBefore(text, match.Index))
            {
                continue;
            }

            if (IsInsideNumber(text, match))
            {
                continue;
            }

            var span = source.Span(match.Index, match.Index + match.Length);
            var date = Read(groups, lastYear, out var problem);
            if (date is null)
            {
                if (problem is not null)
                {
                    diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.InvalidDate, DiagnosticSeverity.Warning, span, problem));
                }

                continue;
            }

            if (!groups["y"].Success && !groups["y2"].Success)
            {
                diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.YearInferred, DiagnosticSeverity.Info, span,
                    $"'{match.Value}' has no year; {lastYear} was taken from the nearest earlier date."));
            }

            if (groups["num"].Success && IsAmbiguousNumeric(groups))
            {
                diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.AmbiguousDate, DiagnosticSeverity.Warning, span,
                    $"'{groups["num"].Value}' could be month/day or day/month; month/day was assumed."));
            }

            var qualifier = Qualifier(groups["qual"].Value);
            if (qualifier == DateQualifier.Before && groups["mod"].Value.Contains("end", StringComparison.OrdinalIgnoreCase))
            {
                // "before the end of 2023" is "by 2023": the whole period, at the latest its last day.
                date = Widen(date.Value, groups);
                qualifier = DateQualifier.By;
            }

            var qualified = date.Value.WithQualifier(qualifier);
            lastYear = qualified.Latest.Year;
            result.Add(new DateMention(qualified, match.Value, span));
        }

        return result;
    }

    private static ImpreciseDate? Read(GroupCollection g, int? lastYear, out string? problem)
    {
        problem = null;
        var year = g["y"].Success ? int.Parse(g["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : lastYear ?? 0;
        try
        {
            if (g["m2"].Success)
            {
                var year2 = int.Parse(g["y2"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var m1 = Month(g["m1"].Value);
                var m2 = Month(g["m2"].Value);
                var year1 = g["y1"].Success ? int.Parse(g["y1"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : (m1 <= m2 ? year2 : year2 - 1);
                var first = new LocalDate(year1, m1, 1);
                var last = new LocalDate(year2, m2, 1).PlusMonths(1).PlusDays(-1);
                return last < first ? null : new ImpreciseDate(first, last, DatePrecision.Range, DateQualifier.On);
            }

            if (g["iso"].Success || g["num"].Success || g["d"].Success)
            {
                int month, day;
                if (g["iso"].Success)
                {
                    month = int.Parse(g["im"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                    day = int.Parse(g["id"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (g["num"].Success)
                {
                    var a = int.Parse(g["na"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                    var b = int.Parse(g["nb"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                    (month, day) = a > 12 ? (b, a) : (a, b);
                }
                else
                {
                    month = Month(g["mon"].Value);
                    day = int.Parse(g["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                }

                if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
                {
                    problem = $"'{g[0].Value}' is not a valid date.";
                    return null;
                }

                return ImpreciseDate.ForDay(new LocalDate(year, month, day));
            }

            if (g["q"].Success || g["qord"].Success)
            {
                var quarter = g["q"].Success ? g["q"].Value[0] - '0' : Ordinal(g["qord"].Value);
                return ImpreciseDate.ForQuarter(year, quarter);
            }

            if (g["season"].Success)
            {
                return Season(g["season"].Value.ToLowerInvariant(), year);
            }

            if (g["mon"].Success)
            {
                return Narrow(ImpreciseDate.ForMonth(year, Month(g["mon"].Value)), g["mod"].Value);
            }

            return Narrow(ImpreciseDate.ForYear(year), g["mod"].Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            // NodaTime rejects years outside its range; a narrative year that large is not a date.
            return null;
        }
    }

    // "early", "mid-" and "late" take the first, middle and last third: January-April, May-August and
    // September-December of a year; days 1-10, 11-20 and 21 to the end of a month.
    private static ImpreciseDate Narrow(ImpreciseDate date, string modifier)
    {
        var mod = modifier.ToLowerInvariant();
        if (mod.Length == 0)
        {
            return date;
        }

        var third = mod.Contains("mid", StringComparison.Ordinal) || mod.Contains("middle", StringComparison.Ordinal) ? 1
            : mod.Contains("early", StringComparison.Ordinal) || mod.Contains("beginning", StringComparison.Ordinal) || mod.Contains("start", StringComparison.Ordinal) ? 0
            : 2;
        if (date.Precision == DatePrecision.Year)
        {
            var first = new LocalDate(date.Earliest.Year, (third * 4) + 1, 1);
            return new ImpreciseDate(first, first.PlusMonths(4).PlusDays(-1), date.Precision, date.Qualifier);
        }

        var start = date.Earliest.PlusDays(third * 10);
        var end = third == 2 ? date.Latest : date.Earliest.PlusDays((third * 10) + 9);
        return new ImpreciseDate(start, end, date.Precision, date.Qualifier);
    }

    private static ImpreciseDate Widen(ImpreciseDate narrowed, GroupCollection g) =>
        g["mon"].Success ? ImpreciseDate.ForMonth(narrowed.Earliest.Year, narrowed.Earliest.Month) : ImpreciseDate.ForYear(narrowed.Earliest.Year);

    private static ImpreciseDate Season(string season, int year) => season switch
    {
        "spring" => new ImpreciseDate(new LocalDate(year, 3, 1), new LocalDate(year, 5, 31), DatePrecision.Range, DateQualifier.On),
        "summer" => new ImpreciseDate(new LocalDate(year, 6, 1), new LocalDate(year, 8, 31), DatePrecision.Range, DateQualifier.On),
        "winter" => new ImpreciseDate(new LocalDate(year, 12, 1), new LocalDate(year + 1, 2, 1).PlusMonths(1).PlusDays(-1), DatePrecision.Range, DateQualifier.On),
        _ => new ImpreciseDate(new LocalDate(year, 9, 1), new LocalDate(year, 11, 30), DatePrecision.Range, DateQualifier.On),
    };

    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };

    private static int Month(string name) => Array.IndexOf(MonthNames, name[..3].ToLowerInvariant()) + 1;

    private static DateQualifier Qualifier(string words)
    {
        var q = words.Trim().ToLowerInvariant();
        if (q.Length == 0)
        {
            return DateQualifier.On;
        }

        if (q.Contains("about", StringComparison.Ordinal) || q.Contains("around", StringComparison.Ordinal)
            || q.StartsWith("approx", StringComparison.Ordinal) || q is "circa" or "roughly")
        {
            return DateQualifier.About;
        }

        if (q.Contains("before", StringComparison.Ordinal) && q.StartsWith("on or", StringComparison.Ordinal))
        {
            return DateQualifier.By;
        }

        if (q.Contains("after", StringComparison.Ordinal) || q is "since" or "following")
        {
            return DateQualifier.After;
        }

        if (q.StartsWith("before", StringComparison.Ordinal) || q.StartsWith("prior", StringComparison.Ordinal))
        {
            return DateQualifier.Before;
        }

        return DateQualifier.By;
    }

    private static bool IsAmbiguousNumeric(GroupCollection g)
    {
        var a = int.Parse(g["na"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(g["nb"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return a <= 12 && b <= 12 && a != b;
    }

    private static bool HasCueBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (start == end || end - start > 10)
        {
            return false;
        }

        var word = text.AsSpan(start, end - start);
        foreach (var cue in (ReadOnlySpan<string>)["in", "during", "throughout", "since", "of", "from", "until", "fiscal", "on", "early", "late", "as", "into", "through"])
        {
            if (word.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInsideNumber(string text, Match match)
    {
        var before = match.Index > 0 ? text[match.Index - 1] : ' ';
        var end = match.Index + match.Length;
        var after = end < text.Length ? text[end] : ' ';
        return char.IsDigit(before) || before is '$' or '€' or '£' or '.' or '/' || char.IsDigit(after)
            || (after is ',' or '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]));
    }

    private const string Mon = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

    // Every date holds a year or a month name.
    [GeneratedRegex(@"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b")]
    private static partial Regex Anchor();

    [GeneratedRegex(
        @"\G(?<qual>(?i:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|on\s+or\s+about|on\s+or\s+after|in\s+or\s+around|in\s+or\s+about|prior\s+to|before|after|since|following|until|by|around|about|approximately|approx\.|circa|roughly)\s+(?i:the\s+)?)?" +
        @"(?:" +
        @"(?i:between|from)\s+(?<m1>" + Mon + @")(?:\s+(?<y1>(?:19|20)\d{2}))?\s+(?i:and|to|through|until)\s+(?<m2>" + Mon + @")\s+(?<y2>(?:19|20)\d{2})" +
        @"|(?<m1>" + Mon + @")(?:\s+(?<y1>(?:19|20)\d{2}))?\s*(?:-|–|—|\s(?i:to|through)\s)\s*(?<m2>" + Mon + @")\s+(?<y2>(?:19|20)\d{2})" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Mon + @")(?:,?\s+(?<y>(?:19|20)\d{2}))?" +
        @"|(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?<mon>" + Mon + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>(?:19|20)\d{2}))?" +
        @"|(?<iso>(?<y>(?:19|20)\d{2})-(?<im>\d{2})-(?<id>\d{2}))" +
        @"|(?<num>(?<na>\d{1,2})/(?<nb>\d{1,2})/(?<y>(?:19|20)\d{2}))" +
        @"|Q(?<q>[1-4])(?:\s+of)?\s+(?<y>(?:19|20)\d{2})" +
        @"|(?i:the\s+)?(?<qord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)\s+(?i:of\s+)?(?<y>(?:19|20)\d{2})" +
        @"|(?:(?<mod>(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of))[\s-]+)?(?<mon>" + Mon + @")(?:(?:\s+of)?,?\s+(?<y>(?:19|20)\d{2}))?" +
        @"|(?<season>(?i:spring|summer|fall|autumn|winter))\s+(?i:of\s+)?(?<y>(?:19|20)\d{2})" +
        @"|(?<mod>(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of))[\s-]+(?<y>(?:19|20)\d{2})" +
        @"|(?<bare>(?<y>(?:19|20)\d{2}))" +
        @")(?![\w-])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
