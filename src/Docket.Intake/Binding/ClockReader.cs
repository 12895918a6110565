using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.Cases;

namespace Docket.Intake.Binding;

/// <summary>
/// Reads the clocks the contract sets, as the narrative states them: cure periods ("gives Skerrow 30 days to cure"),
/// incident notice as a duty ("must notify Client within 48 hours of discovering any incident"; a report that someone
/// notified within 72 hours is not a clause), notice periods ("90 days' written
/// notice of termination"), and escalation steps with no period ("must go to mediation before issuing proceedings").
/// The party that must act is the one named just before the period or the duty, else the vendor.
/// </summary>
internal static partial class ClockReader
{
    private static readonly System.Buffers.SearchValues<string> Keywords = System.Buffers.SearchValues.Create(
        ["cure", "notice", "within", "mediation", "arbitration", "escalat", "dispute resolution"], StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<ContractClock> Read(string text, SegmentIndex segments, PartyIndex index, IReadOnlyList<Party> parties, Func<int, int, Core.Text.SourceSpan> span)
    {
        var vendor = parties.FirstOrDefault(p => p.Role == PartyRole.Vendor)?.Id;
        var clocks = new List<ContractClock>();
        for (var n = 0; n < segments.All.Count; n++)
        {
            // Every clause pattern needs one of a few words: sentences without any are skipped before any regex runs.
            var s = segments.All[n];
            if (text.AsSpan(s.Start, s.End - s.Start).IndexOfAny(Keywords) < 0)
            {
                continue;
            }

            var sentence = text[s.Start..s.End];
            string? Before(int at) => index.Within(s.Start, s.Start + at).LastOrDefault().PartyId;
            void Add(string kind, Match m, string? obligor, string trigger, string? after, bool withPeriod)
            {
                int? period = withPeriod ? Number(m.Groups["n"].Value) : null;
                var unit = withPeriod ? Unit(m.Groups["unit"].Value) : "no-fixed-period";
                if ((withPeriod && period is null) || clocks.Any(c => c.Span.Start == s.Start && c.Kind == kind))
                {
                    return;
                }

                clocks.Add(new ContractClock($"C{clocks.Count + 1}", kind, obligor, trigger, after, period, unit, IssueReader.Clean(sentence), span(s.Start, s.End)));
            }

            if (Cure().Match(sentence) is { Success: true } cure)
            {
                Add("cure-period", cure, Before(cure.Index) ?? vendor, "notice", "notice-of-breach", withPeriod: true);
            }

            if (IncidentNotice().Match(sentence) is { Success: true } notice)
            {
                Add("incident-notice", notice, Before(notice.Index) ?? vendor, "discovery", null, withPeriod: true);
            }

            if (NoticePeriod().Match(sentence) is { Success: true } period)
            {
                var of = period.Groups["of"].Value.ToUpperInvariant();
                Add("notice-period", period, Before(period.Index), "notice", of.Contains("TERMINAT", StringComparison.Ordinal) ? "notice-of-termination" : "notice-of-breach", withPeriod: true);
            }

            if (Escalation().Match(sentence) is { Success: true } step)
            {
                Add("escalation", step, null, "notice", "notice-of-dispute", withPeriod: false);
            }
        }

        return [.. clocks];
    }

    // Whole numbers as written in figures or words (the intake's number words); a fraction or zero is no period.
    private static int? Number(string text) =>
        Recognizers.Quantities.ReadNumber(text, string.Empty) is { } n && n == decimal.Truncate(n) && n is > 0 and < 1000 ? (int)n : null;

    private static string Unit(string text)
    {
        var t = text.ToUpperInvariant();
        return t.StartsWith("HOUR", StringComparison.Ordinal) ? "hours"
            : t.StartsWith("MONTH", StringComparison.Ordinal) ? "months"
            : t.Contains("BUSINESS", StringComparison.Ordinal) || t.Contains("WORKING", StringComparison.Ordinal) ? "business-days"
            : "calendar-days";
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Not the "five" of "forty-five": a count starts after no word character or hyphen.
    private const string Count = @"(?<![\w-])(?<n>\d{1,3}|" + Recognizers.Quantities.NumberWords + ")";

    private const string Units = @"(?<unit>(?:calendar\s+|business\s+|working\s+)?(?:days?|hours?|months?))";

    [GeneratedRegex(@"\b" + Count + @"[-\s]" + Units + @"(?:['’]s?)?\s+(?:\w+\s+){0,3}?(?:to\s+(?:cure|remedy|rectify)|cure\s+period)|\bcure\s+period\s+of\s+" + Count + @"\s+" + Units, Options)]
    private static partial Regex Cure();

    [GeneratedRegex(@"\b(?:must|shall|to)\s+(?:\w+\s+){0,2}?(?:notify|inform|report|tell|alert)\b[^.;]{0,100}?\bwithin\s+" + Count + @"\s+" + Units + @"\s+(?:of|after|from)\s+(?:\w+\s+){0,5}?(?:discover\w*|becoming\s+aware|detect\w*|learning|identif\w*)|\b(?:must|shall|to)\s+(?:\w+\s+){0,2}?(?:notify|inform|report|tell|alert)\b[^.;]{0,80}?\b(?:incident|breach|compromise|intrusion)\b[^.;]{0,40}?\bwithin\s+" + Count + @"\s+" + Units, Options)]
    private static partial Regex IncidentNotice();

    [GeneratedRegex(@"\b" + Count + @"[-\s]" + Units + @"(?:['’]s?)?\s+(?:prior\s+)?(?:written\s+)?notice(?<of>\s+(?:of\s+)?(?:termination|terminat\w+|breach|default))?", Options)]
    private static partial Regex NoticePeriod();

    [GeneratedRegex(@"\b(?:(?:must|shall|has\s+to|have\s+to|needs?\s+to)\s+(?:\w+\s+){0,3}?(?:mediation|arbitration|escalat\w+)\s+(?:\w+\s+){0,2}?(?:before|prior\s+to)|without\s+(?:a\s+|first\s+)?(?:formal\s+)?dispute\s+resolution\s+(?:process|procedure)|escalation\s+(?:procedure|process|clause)|mediation\s+first)\b", Options)]
    private static partial Regex Escalation();
}
