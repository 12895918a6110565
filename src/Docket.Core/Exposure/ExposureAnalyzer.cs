using System.Collections.Immutable;
using System.Globalization;
using Docket.Core.Cases;
using System.Text.RegularExpressions;
using Docket.Core.CaseFiles;
using NodaTime;

namespace Docket.Core.Exposure;

/// <summary>
/// Who could owe what on the record (methods.md B10 with C1–C3): the heads of loss the case states (each claimed sum
/// with its words), the contract's unknown terms as explicit, labelled assumptions (no cap; cap at the fees of 12
/// months; cap at the contract value; or the terms given with <c>--assume</c>), each under the claimant's and the
/// respondent's theory, and, when counsel gives a probability of liability, the settlement range and a seeded Monte
/// Carlo of the outcome. No fact is invented: a figure the record lacks is either an assumption named in the output
/// or a missing fact.
/// </summary>
public static partial class ExposureAnalyzer
{
    /// <summary>The names <c>--assume</c> accepts.</summary>
    public static readonly ImmutableArray<string> Names =
    [
        "cap", "fees-12m", "super-cap", "consequential-excluded", "spares-data-breach", "gross-negligence", "respondent-share",
        "p-liability", "p-gross-negligence", "costs-claimant", "costs-respondent", "trials", "seed", "ca-consumers", "incident-date",
        "breach-cost-defaults", "breach-cost-region", "ld-rate", "ld-days", "ld-cap", "indemnity", "indemnity-uncapped", "duty-to-defend",
        "art82-damage", "art82-shares", "art82-payer",
    ];

    /// <summary>Analyses <paramref name="file"/> under its recorded terms and <paramref name="given"/> (name → value), which override them.</summary>
    /// <exception cref="FormatException">An assumption's name or value is wrong; the message names it.</exception>
    public static ExposureReport Analyze(CaseFile file, IReadOnlyDictionary<string, string> given)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(given);
        var said = new List<string>();

        // The terms recorded in the case's ledger first; --assume overrides them for this run.
        var assume = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in file.Terms)
        {
            assume[term.Name] = term.Value;
            if (!given.ContainsKey(term.Name))
            {
                said.Add($"{term.Name} = {term.Value}, as recorded" + (term.Entry is { } entry ? $" in ledger entry {entry}" : string.Empty) + (term.Source.Length > 0 ? $" ({term.Source})" : string.Empty));
            }
        }

        foreach (var (name, value) in given)
        {
            assume[name] = value;
        }

        foreach (var name in assume.Keys.Where(k => !Names.Contains(k)))
        {
            throw new FormatException($"--assume {name}: not an assumption Docket knows ({string.Join(", ", Names)}).");
        }

        var heads = Heads(file);
        if (assume.TryGetValue("breach-cost-defaults", out var yearText))
        {
            var year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : throw new FormatException($"--assume breach-cost-defaults: '{yearText}' is not a report year.");
            var us = (assume.GetValueOrDefault("breach-cost-region") ?? "global").Equals("us", StringComparison.OrdinalIgnoreCase);
            heads.AddRange(BreachCostDefaults.Heads(year, us));
            said.Add($"IBM {year} {(us ? "US" : "global")} average breach costs added as heads of loss, as asked (averages, not this case's figures)");
        }

        var contract = file.ContractValue?.Amount;
        var currency = file.ContractValue?.Currency ?? file.Amounts.FirstOrDefault()?.Currency ?? "USD";
        var excluded = Bool(assume, "consequential-excluded", said, "whether the contract excludes consequential loss is not stated: taken as not excluded");
        var spares = Bool(assume, "spares-data-breach", said, null);
        var grossNegligence = Bool(assume, "gross-negligence", said, null);
        var superCap = Number(assume, "super-cap");
        // A share of causation may be a range "0.5-0.8": the respondent argues the low end, the claimant the high one.
        var (shareLow, shareHigh) = Share(assume);

        if (!assume.ContainsKey("respondent-share"))
        {
            said.Add("no share of causation is stated: the respondent's theory takes its share as 1 (pass --assume respondent-share=0.6)");
        }

        // An indemnity (B5): third-party claims by default (Hooper v AGS), the defence costs too with a duty to defend.
        var indemnity = (assume.GetValueOrDefault("indemnity") ?? "none").ToLowerInvariant();
        if (indemnity is not ("none" or "third-party" or "first-party" or "both"))
        {
            throw new FormatException($"--assume indemnity: '{indemnity}' is not none, third-party, first-party or both.");
        }

        var defend = Bool(assume, "duty-to-defend", said, null);
        var indemnified = indemnity switch
        {
            "none" => ImmutableArray<LossKind>.Empty,
            "third-party" => defend ? [LossKind.ThirdPartyClaims, LossKind.LegalFees] : [LossKind.ThirdPartyClaims],
            _ => [.. Enum.GetValues<LossKind>()],
        };
        var indemnityUncapped = Bool(assume, "indemnity-uncapped", said, null);
        var ldRate = Number(assume, "ld-rate");
        var ldDays = (int)(Number(assume, "ld-days") ?? 0m);

        ContractTerms Terms(CapKind kind, decimal? amount) => new(kind, amount)
        {
            ExcludesConsequential = excluded,
            ExclusionSparesDataBreach = spares,
            GrossNegligence = grossNegligence,
            DataBreachSuperCapMultiple = superCap,
            Indemnified = indemnified,
            Uncapped = indemnityUncapped ? indemnified : [],
            DelayRatePerDay = ldRate,
            DelayDays = ldDays,
            DelayCap = Number(assume, "ld-cap"),
        };

        var theories = new[]
        {
            new Theory("claimant", shareHigh, UncertainAsDirect: true, DeductAvoidable: false),
            new Theory("respondent", shareLow, UncertainAsDirect: false, DeductAvoidable: true),
        };
        ExposureScenario Scenario(string assumption, ContractTerms terms, string? missing) =>
            new(assumption, terms, missing is null ? [.. theories.Select(t => DamagesPipeline.Run(heads, terms, t))] : [], missing);

        var scenarios = ImmutableArray.CreateBuilder<ExposureScenario>();
        if (assume.TryGetValue("cap", out var capText))
        {
            var (kind, amount, words) = Cap(capText, contract, assume, file);
            scenarios.Add(Scenario($"as assumed: {words}", Terms(kind, amount), kind != CapKind.None && amount is null ? "the cap's amount" : null));
        }
        else
        {
            said.Add("the record states no liability cap: each of the usual forms is shown");
            scenarios.Add(Scenario("no cap", Terms(CapKind.None, null), null));
            var (_, fees, feeWords) = Cap("fees-12m", contract, assume, file);
            scenarios.Add(Scenario(feeWords, Terms(CapKind.FeesInLookback, fees), fees is null ? "the fees paid in the 12 months before the claim (or the contract value and term)" : null));
            scenarios.Add(Scenario("cap at the contract value" + (contract is { } v ? $" ({Money.Text(v)})" : string.Empty), Terms(CapKind.ContractValue, contract), contract is null ? "the contract value" : null));
        }

        SettlementRange? settlement = null;
        MonteCarloResult? distribution = null;
        if (Number(assume, "p-liability") is { } p)
        {
            if (p is < 0 or > 1)
            {
                throw new FormatException("--assume p-liability: must be between 0 and 1.");
            }

            var basis = scenarios.First(s => !s.ByTheory.IsEmpty);
            var award = basis.ByTheory[0].Net;
            said.Add($"settlement on \"{basis.Assumption}\", the claimant's theory, with liability found at probability {p.ToString("0.##", CultureInfo.InvariantCulture)} (counsel's estimate)");
            TreeNode liable = new TreeNode.Outcome("liable", award);
            if (Number(assume, "p-gross-negligence") is { } q)
            {
                // A contested finding: gross negligence proved takes the cap away.
                var uncapped = DamagesPipeline.Run(heads, basis.Terms with { GrossNegligence = true }, theories[0]).Net;
                liable = new TreeNode.Chance("gross negligence", [(q, new TreeNode.Outcome("gross negligence proved", uncapped)), (1 - q, new TreeNode.Outcome("not proved", award))]);
                said.Add($"gross negligence (which lifts the cap) found at probability {q.ToString("0.##", CultureInfo.InvariantCulture)}");
            }

            var tree = new TreeNode.Chance("liability", [(p, liable), (1 - p, new TreeNode.Outcome("not liable", 0m))]);
            settlement = DecisionTree.Range(tree, Number(assume, "costs-claimant") ?? 0m, Number(assume, "costs-respondent") ?? 0m);
            var trials = (int)(Number(assume, "trials") ?? 10_000m);
            var seed = (int)(Number(assume, "seed") ?? 1m);
            distribution = MonteCarlo.Sample(heads, basis.Terms, theories[0], p, Number(assume, "p-gross-negligence") ?? 0m, trials, seed);
        }

        string? statutory = null;
        if (Number(assume, "ca-consumers") is { } consumers)
        {
            var date = assume.TryGetValue("incident-date", out var d) && NodaTime.Text.LocalDatePattern.Iso.Parse(d) is { Success: true } parsed
                ? parsed.Value
                : throw new FormatException("--assume incident-date=YYYY-MM-DD is needed with ca-consumers (the amounts in force at the time apply).");
            var (min, max) = CcpaStatutoryDamages.Band((long)consumers, 1, date);
            statutory = $"CCPA 1798.150 statutory damages for {Money.Text(consumers)} eligible California consumers, one incident, amounts in force on {date:yyyy-MM-dd}: {Money.Text(min)} to {Money.Text(max)} (if each eligibility condition holds and the 30-day notice was not cured).";
        }

        // GDPR Art. 82: each liable party owes the data subjects the whole damage; recourse follows responsibility.
        var art82 = ImmutableArray<Art82Share>.Empty;
        if (Number(assume, "art82-damage") is { } damage)
        {
            var pairs = (assume.GetValueOrDefault("art82-shares") ?? throw new FormatException("--assume art82-shares=PARTY:WEIGHT,PARTY:WEIGHT is needed with art82-damage."))
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Split(':', 2) is [var party, var weight] && decimal.TryParse(weight, NumberStyles.Number, CultureInfo.InvariantCulture, out var w) && w >= 0
                    ? (file.Party(party.Trim())?.Name ?? file.Parties.FirstOrDefault(x => x.Name.StartsWith(party.Trim(), StringComparison.OrdinalIgnoreCase))?.Name ?? party.Trim(), w)
                    : throw new FormatException($"--assume art82-shares: '{p}' is not PARTY:WEIGHT."))
                .ToList();
            var shares = Art82.Shares(pairs);
            var payer = assume.GetValueOrDefault("art82-payer") is { } who ? shares.Keys.FirstOrDefault(k => k.StartsWith(who, StringComparison.OrdinalIgnoreCase)) ?? who : shares.Keys.Order(StringComparer.Ordinal).First();
            art82 = Art82.Split(damage, shares, payer);
            said.Add($"GDPR Art. 82: data subjects' damage {Money.Text(damage)}, paid by {payer}, responsibility shares as given");
        }

        return new ExposureReport(currency, contract, [.. heads], scenarios.ToImmutable(), [.. said], settlement, distribution, statutory) { Art82 = art82 };
    }

    private static (decimal Low, decimal High) Share(Dictionary<string, string> assume)
    {
        if (!assume.TryGetValue("respondent-share", out var text))
        {
            return (1m, 1m);
        }

        var parts = text.Split('-', 2);
        var ok = decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var low);
        var high = low;
        ok &= parts.Length == 1 || decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out high);
        return ok && low is >= 0 and <= 1 && high is >= 0 and <= 1 && low <= high
            ? (low, high)
            : throw new FormatException($"--assume respondent-share: '{text}' is not a share between 0 and 1, or a range such as 0.5-0.8.");
    }

    // Every sum the case states as a loss, with its words, and the heads users added; the contract value and fees are not losses.
    private static List<LossHead> Heads(CaseFile file)
    {
        var heads = new List<LossHead>();
        foreach (var l in file.Losses)
        {
            var kind = Utility.KebabCase.TryParse<LossKind>(l.Kind, out var k) ? k : LossKind.Other;
            heads.Add(new LossHead(l.Name, kind, l.Low, l.Likely, l.High, (l.Source.Length > 0 ? l.Source + "; " : string.Empty) + (l.Entry is { } e ? $"ledger entry {e}" : "the case"))
            {
                DataBreach = l.DataBreach,
                Avoidable = l.Avoidable,
            });
        }

        foreach (var a in file.Amounts.Where(a => LossWord().IsMatch(a.What) && !NotLoss().IsMatch(a.What)))
        {
            var kind = Kind(a.What);
            var source = $"\"{a.What}\" {a.Qualifier} {Money.Text(a.Amount)}" + (a.Span is { } s ? $" (line {s.Line})" : string.Empty);
            heads.Add(new LossHead(a.What, kind, a.Amount, a.Amount, a.Amount, source)
            {
                DataBreach = kind is LossKind.Notification or LossKind.CreditMonitoring or LossKind.Forensics or LossKind.ThirdPartyClaims or LossKind.StatutoryDamages,
            });
        }

        return heads;
    }

    private static LossKind Kind(string what)
    {
        var w = what.ToUpperInvariant();
        return w.Contains("CREDIT MONITORING", StringComparison.Ordinal) ? LossKind.CreditMonitoring
            : w.Contains("NOTIF", StringComparison.Ordinal) ? LossKind.Notification
            : w.Contains("FORENSIC", StringComparison.Ordinal) ? LossKind.Forensics
            : w.Contains("LEGAL", StringComparison.Ordinal) || w.Contains("DEFENSE", StringComparison.Ordinal) || w.Contains("DEFENCE", StringComparison.Ordinal) ? LossKind.LegalFees
            : w.Contains("FINE", StringComparison.Ordinal) || w.Contains("PENALT", StringComparison.Ordinal) ? LossKind.RegulatoryFines
            : w.Contains("REVENUE", StringComparison.Ordinal) || w.Contains("PROFIT", StringComparison.Ordinal) ? LossKind.LostProfits
            : w.Contains("REMEDIAT", StringComparison.Ordinal) || w.Contains("RESTORAT", StringComparison.Ordinal) || w.Contains("INCIDENT RESPONSE", StringComparison.Ordinal) ? LossKind.Remediation
            : w.Contains("SETTLEMENT", StringComparison.Ordinal) || w.Contains("CLAIM", StringComparison.Ordinal) ? LossKind.ThirdPartyClaims
            : LossKind.Other;
    }

    private static (CapKind Kind, decimal? Amount, string Words) Cap(string text, decimal? contract, Dictionary<string, string> assume, CaseFile file)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "none":
                return (CapKind.None, null, "no cap");
            case "contract-value":
                return (CapKind.ContractValue, contract, "cap at the contract value" + (contract is { } v ? $" ({Money.Text(v)})" : string.Empty));
            case "fees-12m":
                if (Number(assume, "fees-12m") is { } fees)
                {
                    return (CapKind.FeesInLookback, fees, $"cap at fees paid in the 12 months before the claim ({Money.Text(fees)}, as given)");
                }

                if (contract is { } value && TermLength.Months(file.ContractTerm) is { } months && months > 0)
                {
                    var spread = Money.Cents(value * Math.Min(12, months) / months);
                    return (CapKind.FeesInLookback, spread, $"cap at fees paid in the 12 months before the claim ({Money.Text(spread)}, assuming the contract value was paid evenly over the {months}-month term)");
                }

                return (CapKind.FeesInLookback, null, "cap at fees paid in the 12 months before the claim");
            default:
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0
                    ? (CapKind.Fixed, amount, $"cap at {Money.Text(amount)}")
                    : throw new FormatException($"--assume cap: '{text}' is not none, fees-12m, contract-value or an amount.");
        }
    }

    private static decimal? Number(Dictionary<string, string> assume, string name) =>
        !assume.TryGetValue(name, out var text) ? null
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"--assume {name}: '{text}' is not a number.");

    private static bool Bool(Dictionary<string, string> assume, string name, List<string> said, string? whenMissing)
    {
        if (!assume.TryGetValue(name, out var text))
        {
            if (whenMissing is not null)
            {
                said.Add(whenMissing);
            }

            return false;
        }

        return bool.TryParse(text, out var value) ? value : throw new FormatException($"--assume {name}: '{text}' is not true or false.");
    }

    [GeneratedRegex(@"\b(?:damages|loss(?:es)?|costs?|fines?|penalt\w+|revenue|profits?|credit\s+monitoring|notification|forensic\w*|legal\s+fees|remediation|restoration|settlement|claims?|expenses?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LossWord();

    [GeneratedRegex(@"\b(?:contract\s+value|fees?\s+(?:paid|payable)|invoice|price|annual\s+fee|cap)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotLoss();
}
