using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance.Catalogs;

namespace Docket.Core.Compliance;

/// <summary>
/// Reads the measurable acceptance criteria of an obligation (coverage, frequency, participation): what the promise
/// requires from its own words ("every in-scope log source", "weekly progress reports"), what was delivered from the
/// words that report delivery ("212 of our 540 log sources", "every fortnight", "minimal participation"), and judges
/// each pair it can measure. The words are data (<see cref="AssessmentRules"/>); numbers are read as written.
/// </summary>
internal sealed partial class AcceptanceCriteria
{
    private readonly AssessmentRules _rules;
    private readonly Regex _scope;
    private readonly Regex _frequency;
    private readonly Regex _participation;

    public AcceptanceCriteria(AssessmentRules rules)
    {
        _rules = rules;
        _scope = Alternation(rules.ScopeWords, @"\s+(?:[\w-]+\s+){0,3}[\w-]+");
        _frequency = Alternation(rules.Frequencies.Keys, string.Empty);
        _participation = Alternation(rules.ParticipationWords, string.Empty);
    }

    /// <summary>A measurable requirement read from the obligation's words, or a delivery read from a report.</summary>
    private readonly record struct Measure(double Value, string Words);

    /// <summary>
    /// Adds the criteria read from <paramref name="o"/>'s words and from the words that report its delivery (its status
    /// words, and the sentences of <paramref name="positions"/> on its topic), and a verdict against the contract for
    /// each required measure a report answers.
    /// </summary>
    /// <returns>The worst of those verdicts, or null when none could be judged.</returns>
    public ObligationStatus? Read(CaseFileObligation o, IEnumerable<string> positions, ImmutableArray<Criterion>.Builder criteria, ImmutableArray<StandardVerdict>.Builder verdicts)
    {
        var relevant = Relevant(o, positions);
        var judged = new List<ObligationStatus>();

        var requiredCoverage = Coverage(o.Text, promise: true);
        var deliveredCoverage = relevant.Select(r => Coverage(r, promise: false)).FirstOrDefault(m => m is not null);
        if (requiredCoverage is { } rc)
        {
            criteria.Add(new Criterion("coverage-required", Percent(rc.Value), rc.Words));
        }

        if (deliveredCoverage is { } dc)
        {
            criteria.Add(new Criterion("coverage-delivered", Percent(dc.Value), dc.Words));
        }

        if (requiredCoverage is { } need && deliveredCoverage is { } got)
        {
            var status = got.Value >= need.Value ? ObligationStatus.Met : got.Value <= 0 ? ObligationStatus.Unmet : ObligationStatus.Partial;
            verdicts.Add(new StandardVerdict("the contract (coverage)", status, $"{Percent(got.Value)} delivered (\"{got.Words}\") against {Percent(need.Value)} required (\"{need.Words}\")."));
            judged.Add(status);
        }

        var requiredInterval = Frequency(o.Text);
        var deliveredInterval = relevant.Select(Frequency).FirstOrDefault(m => m is not null);
        if (requiredInterval is { } ri)
        {
            criteria.Add(new Criterion("frequency-required", Interval(ri.Value), ri.Words));
        }

        if (deliveredInterval is { } di && !string.Equals(di.Words, requiredInterval?.Words, StringComparison.OrdinalIgnoreCase))
        {
            criteria.Add(new Criterion("frequency-delivered", Interval(di.Value), di.Words));
            if (requiredInterval is { } need2)
            {
                var status = di.Value <= need2.Value ? ObligationStatus.Met : ObligationStatus.Unmet;
                verdicts.Add(new StandardVerdict("the contract (frequency)", status, $"{Interval(di.Value)} (\"{di.Words}\") against {Interval(need2.Value)} required (\"{need2.Words}\")."));
                judged.Add(status);
            }
        }

        foreach (var report in relevant)
        {
            if (_participation.Match(report) is { Success: true } m)
            {
                criteria.Add(new Criterion("participation", Phrase(report, m), report));
                break;
            }
        }

        return judged.Count == 0 ? null : judged.Contains(ObligationStatus.Unmet) ? ObligationStatus.Unmet : judged.Contains(ObligationStatus.Partial) ? ObligationStatus.Partial : ObligationStatus.Met;
    }

    // Status words always bear on the obligation; a position's sentences only when they concern its topic.
    private List<string> Relevant(CaseFileObligation o, IEnumerable<string> positions)
    {
        var words = _rules.TopicWords.GetValueOrDefault(o.Topic, []);
        var relevant = new List<string>();
        if (o.StatusText is { } status)
        {
            relevant.Add(status);
        }

        relevant.AddRange(positions.SelectMany(p => SentenceBreak().Split(p)).Where(s => words.Any(w => s.Contains(w, StringComparison.OrdinalIgnoreCase))));
        return relevant;
    }

    private Measure? Coverage(string text, bool promise)
    {
        if (PercentOf().Match(text) is { Success: true } percent
            && double.TryParse(percent.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share <= 100)
        {
            return new Measure(share, percent.Value);
        }

        if (!promise && FractionOf().Match(text) is { Success: true } fraction
            && Number(fraction.Groups["part"].Value) is { } part && Number(fraction.Groups["whole"].Value) is { } whole && whole > 0 && part <= whole)
        {
            // "11 of the 64 components still relied on 3DES" counts the failures.
            var done = FailureAfter().IsMatch(text, fraction.Index + fraction.Length) ? whole - part : part;
            return new Measure(Math.Round(100.0 * done / whole, 1), fraction.Value);
        }

        return promise && _scope.Match(text) is { Success: true } all ? new Measure(100, all.Value) : null;
    }

    private Measure? Frequency(string text)
    {
        if (EveryN().Match(text) is { Success: true } every && Number(every.Groups["n"].Value) is { } n)
        {
            var unit = every.Groups["unit"].Value.ToUpperInvariant();
            var days = unit.StartsWith("DAY", StringComparison.Ordinal) ? n : unit.StartsWith("WEEK", StringComparison.Ordinal) ? n * 7 : unit.StartsWith("MONTH", StringComparison.Ordinal) ? n * 30 : n * 365;
            return new Measure(days, every.Value);
        }

        return _frequency.Match(text) is { Success: true } m && _rules.Frequencies.TryGetValue(m.Value, out var interval) ? new Measure(interval, m.Value) : null;
    }

    // The participation words with the few words before them that say how much ("minimal participation", "212 of your people attending").
    private static string Phrase(string text, Match m)
    {
        var start = m.Index;
        for (var words = 0; start > 0 && words < 5; start--)
        {
            if (text[start - 1] is '.' or ';' or ':' or ',' or '\n')
            {
                break;
            }

            if (text[start - 1] == ' ')
            {
                words++;
            }
        }

        return text[start..(m.Index + m.Length)].Trim();
    }

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Interval(double days) => days switch
    {
        0 => "continuous",
        1 => "every day",
        _ => $"every {days.ToString("0", CultureInfo.InvariantCulture)} days",
    };

    private static long? Number(string text) => text.ToUpperInvariant() switch
    {
        "TWO" => 2,
        "THREE" => 3,
        "FOUR" => 4,
        "SIX" => 6,
        "TWELVE" => 12,
        _ => long.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private static Regex Alternation(IEnumerable<string> words, string tail)
    {
        var list = words.OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
        return list.Count == 0
            ? new Regex("(?!)", RegexOptions.CultureInvariant)
            : new Regex(@"(?<![\w-])(?:" + string.Join('|', list) + ")(?![\\w-])" + tail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d{1,2})?)\s*(?:%|per\s*cent|percent)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentOf();

    [GeneratedRegex(@"\b(?<part>\d{1,3}(?:,\d{3}){0,4}|\d{1,9})\s+of\s+(?:the\s+|our\s+|your\s+|its\s+|their\s+|all\s+)?(?<whole>\d{1,3}(?:,\d{3}){0,4}|\d{1,9})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FractionOf();

    [GeneratedRegex(@"\G(?:\W{1,8}\w{1,30}){0,6}?\W{1,8}(?:still|not|never|lacked|lack|without|failed|missing|unpatched|unencrypted|plaintext|unprotected|exposed|non-?compliant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FailureAfter();

    [GeneratedRegex(@"\bevery\s+(?<n>\d{1,3}|two|three|four|six|twelve)\s+(?<unit>days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryN();

    [GeneratedRegex(@"(?<=[.;!?])\s+")]
    private static partial Regex SentenceBreak();
}
