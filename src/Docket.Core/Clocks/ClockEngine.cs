using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Docket.Core.Clocks;

/// <summary>
/// Lists each notification duty an incident brings into play, with its deadline, the rule version used and its status.
/// Hours run straight through weekends and holidays; calendar days and months end at the end of the last day in the
/// rule's time zone (rolled to the next working day where the rule says so, as EU Reg. 1182/71 does); business days
/// count the rule's calendar. A trigger known only to the day or month gives a deadline range. Nothing is assumed
/// silently: a duty whose application depends on an unknown fact is listed as "may apply" with the assumption, and a
/// deadline that needs an unknown fact names it.
/// </summary>
public sealed class ClockEngine(ClockRuleSet rules)
{
    /// <summary>The roles a vendor holds when the record states none: it keeps and processes the client's data.</summary>
    public static readonly ImmutableArray<string> VendorRoles = ["processor", "maintainer", "service-provider"];

    /// <summary>The roles a client holds when the record states none: the data and the decisions about it are its own.</summary>
    public static readonly ImmutableArray<string> ClientRoles = ["controller", "business", "owner", "entity"];

    /// <summary>The rules this engine evaluates.</summary>
    public ClockRuleSet Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <summary>Evaluates every rule (and <paramref name="contractual"/> clocks) against <paramref name="incident"/>, judged as of <paramref name="asOf"/> unless the incident gives its own date.</summary>
    public ClockReport Evaluate(Incident incident, LocalDate asOf, IEnumerable<ClockRule>? contractual = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var day = incident.AsOf ?? asOf;
        var duties = new List<DutyClock>();
        var excluded = new List<string>();
        var all = Rules.Rules.Concat(contractual ?? []).ToList();
        foreach (var rule in all)
        {
            Evaluate(rule, incident, day, duties, excluded);
        }

        var ordered = duties
            .OrderBy(d => d.Applies == "applies" ? 0 : 1)
            .ThenBy(d => d.DeadlineLatest ?? Instant.MaxValue)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ClockReport(incident.Source, day, ordered, [.. ordered.SelectMany(d => d.MissingFacts).Distinct(StringComparer.Ordinal)], [.. excluded]);
    }

    private void Evaluate(ClockRule rule, Incident incident, LocalDate asOf, List<DutyClock> duties, List<string> excluded)
    {
        var assumptions = new List<string>();
        var missing = new List<string>();

        // Residents and thresholds.
        int? count = incident.Affected;
        if (rule.Residents is { } residents)
        {
            if (incident.Residents is { } known)
            {
                var matches = known.Where(k => Covers(residents, k.Key)).ToList();
                if (matches.Count == 0)
                {
                    excluded.Add($"{rule.Id}: no affected residents of {residents} are stated.");
                    return;
                }

                count = matches.Any(m => m.Value is null) ? null : matches.Sum(m => m.Value!.Value);
            }
            else if (incident.CandidateResidents.FirstOrDefault(c => Covers(residents, c.Key)) is { Key: not null } candidate)
            {
                assumptions.Add($"if residents of {residents} were affected ({candidate.Value})");
                missing.Add($"whether residents of {residents} were affected, and how many");
                count = null;
            }
            else
            {
                excluded.Add($"{rule.Id}: nothing in the record points to affected residents of {residents}.");
                return;
            }
        }

        if (rule.MinAffected is { } min || rule.MaxAffected is not null)
        {
            var who = rule.Residents is null ? "people affected" : $"affected residents of {rule.Residents}";
            if (count is { } n)
            {
                if (n < (rule.MinAffected ?? 0) || n > (rule.MaxAffected ?? int.MaxValue))
                {
                    excluded.Add($"{rule.Id}: {n} {who}, outside its threshold ({Threshold(rule)}).");
                    return;
                }
            }
            else
            {
                assumptions.Add($"if the {who} are {Threshold(rule)}");
                missing.Add($"the number of {who}");
            }
        }

        // The obligor: a party holding the role (a contractual clock names its party).
        var holders = rule.Regime == "contract" ? [rule.Obligor] : incident.Roles.Where(r => r.Value.Contains(rule.Obligor, StringComparer.Ordinal)).Select(r => r.Key).ToList();
        if (holders.Count == 0)
        {
            excluded.Add($"{rule.Id}: no party is said to be a {rule.Obligor}.");
            return;
        }

        foreach (var holder in holders)
        {
            var obligorAssumptions = new List<string>(assumptions);
            if (!incident.RolesStated && rule.Regime != "contract")
            {
                obligorAssumptions.Add($"taking {holder} as the {rule.Obligor} ({incident.RoleReasons.GetValueOrDefault($"{holder}|{rule.Obligor}", "its place in the contract")})");
            }

            Clock(rule, holder, incident, asOf, obligorAssumptions, [.. missing], duties, excluded);
        }
    }

    private void Clock(ClockRule rule, string obligor, Incident incident, LocalDate asOf, List<string> assumptions, List<string> missing, List<DutyClock> duties, List<string> excluded)
    {
        // Whether it applies turns on the assumptions made so far (residents, thresholds, roles); those added below only
        // say how its clock was read (awareness taken as discovery, the version chosen).
        var applies = assumptions.Count == 0;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(rule.TimeZone) ?? DateTimeZone.Utc;
        var (trigger, triggerText) = Trigger(rule, incident, obligor, assumptions, missing);

        // The version in force at the trigger (at its latest possible date when imprecise); when the trigger is not
        // known, the version in force when the incident happened, said as an assumption; else today's.
        var known = incident.Occurred ?? incident.Discovered ?? incident.Aware ?? incident.Determined;
        var on = trigger is not null ? Last(trigger).InZone(zone).Date : known is not null ? Last(known).InZone(zone).Date : asOf;
        if (trigger is null && known is not null && (rule.EffectiveFrom is not null || rule.EffectiveTo is not null))
        {
            assumptions.Add($"taking the version in force when the incident happened or was found ({known.Text})");
        }
        if (!rule.InForceOn(on))
        {
            excluded.Add($"{rule.Id}: this version is not in force on {on:yyyy-MM-dd}.");
            return;
        }

        var notice = incident.Notices.FirstOrDefault(n => n.RuleId == rule.Id);
        var period = Period(rule);
        var status = "unknown";
        string? late = null;
        string? deadlineText = null;
        Instant? latest = null;
        if (Fixed(rule.Unit))
        {
            if (trigger is not null)
            {
                var early = Deadline(rule, trigger.Earliest, zone);
                latest = Deadline(rule, Last(trigger), zone);
                deadlineText = early == latest ? Format(early, zone) : $"between {Format(early, zone)} and {Format(latest.Value, zone)}";
                if (notice is { Given: { } given })
                {
                    (status, late) = given.Latest <= early ? ("met", null)
                        : given.Earliest > latest ? ("missed", Span(latest.Value, given.Earliest))
                        : ("unknown", null);
                    if (status == "unknown")
                    {
                        missing.Add($"the exact time of the {Name(rule.Trigger)} and of the notice under {rule.Citation}");
                    }
                }
                else
                {
                    var now = zone.AtStartOfDay(asOf.PlusDays(1)).ToInstant();
                    if (notice is { Given: null })
                    {
                        (status, late) = now > latest ? ("missed", Span(latest.Value, now) + $" as of {asOf:yyyy-MM-dd}, and still not given") : ("open", Span(now, latest.Value) + " left");
                    }
                    else if (now <= early)
                    {
                        (status, late) = ("open", Span(now, early) + " left");
                    }
                    else
                    {
                        missing.Add($"whether and when {obligor} {rule.Action ?? $"gave the notice under {rule.Citation}"}");
                    }
                }
            }
        }
        else if (notice is { Given: { } given })
        {
            status = "given";
            late = trigger is null ? null : $"{Span(trigger.Latest, given.Earliest)} after the {Name(rule.Trigger)}; whether that meets \"{period}\" is for the tribunal";
        }
        else if (trigger is not null && rule.Unit != PeriodUnit.NoFixedPeriod)
        {
            missing.Add($"whether and when {obligor} {rule.Action ?? $"gave the notice under {rule.Citation}"}");
        }

        duties.Add(new DutyClock(rule.Id, rule.Citation, Version(rule), applies ? "applies" : "may-apply", obligor, rule.Recipient,
            triggerText, period, deadlineText, latest, status, late, [.. missing.Distinct(StringComparer.Ordinal)], [.. assumptions], rule.Note, rule.Confidence));
    }

    private static (IncidentTime? Time, string Text) Trigger(ClockRule rule, Incident incident, string obligor, List<string> assumptions, List<string> missing)
    {
        if (rule.Trigger == ClockTrigger.Notice)
        {
            var earlier = incident.Notices.FirstOrDefault(n => n.RuleId == rule.After);
            if (earlier?.Given is { } given)
            {
                return (given, $"notice under {rule.After}: {given.Text}");
            }

            missing.Add($"when {obligor} gave the notice under {rule.After}");
            return (null, $"notice under {rule.After}: not recorded");
        }

        var time = rule.Trigger switch
        {
            ClockTrigger.Occurrence => incident.Occurred,
            ClockTrigger.Discovery => incident.Discovered,
            ClockTrigger.Awareness => incident.Aware ?? incident.Discovered,
            ClockTrigger.Determination => incident.Determined,
            ClockTrigger.MaterialityDetermination => incident.MaterialityDetermined,
            ClockTrigger.Classification => incident.Classified,
            _ => incident.RansomPaid,
        };
        if (rule.Trigger == ClockTrigger.Awareness && incident.Aware is null && incident.Discovered is not null)
        {
            assumptions.Add("taking the discovery as the moment of awareness");
        }

        if (time is null)
        {
            missing.Add($"when {obligor} {Verb(rule.Trigger)}" + (incident.Occurred is { } occurred ? $" (it happened {occurred.Text})" : string.Empty));
            return (null, $"{Name(rule.Trigger)}: not stated");
        }

        if (!time.IsExact && Fixed(rule.Unit))
        {
            missing.Add($"the exact date and time of the {Name(rule.Trigger)} (the record says {time.Text})");
        }

        return (time, $"{Name(rule.Trigger)}: {time.Text}");
    }

    /// <summary>The deadline for a trigger at <paramref name="at"/>.</summary>
    public Instant Deadline(ClockRule rule, Instant at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(zone);
        var days = rule.Period ?? 0;
        var calendar = Rules.Calendars.GetValueOrDefault(rule.Calendar);
        var date = at.InZone(zone).Date;
        LocalDate last;
        switch (rule.Unit)
        {
            case PeriodUnit.Hours:
                return at.Plus(Duration.FromHours(days));
            case PeriodUnit.BusinessDays:
                last = calendar?.AddBusinessDays(date, days) ?? date.PlusDays(days);
                break;
            case PeriodUnit.Months:
                last = date.PlusMonths(days);
                break;
            default:
                last = date.PlusDays(days);
                break;
        }

        if (rule.Rollover && calendar is not null)
        {
            last = calendar.OnOrNextBusinessDay(last);
        }

        return zone.AtStartOfDay(last.PlusDays(1)).ToInstant();
    }

    // The last instant a time can mean: a day or month's span ends just before its exclusive end.
    private static Instant Last(IncidentTime time) => time.IsExact ? time.Latest : time.Latest - Duration.Epsilon;

    private static bool Fixed(PeriodUnit unit) => unit is PeriodUnit.Hours or PeriodUnit.CalendarDays or PeriodUnit.BusinessDays or PeriodUnit.Months;

    private static bool Covers(string rule, string key) =>
        string.Equals(rule, key, StringComparison.OrdinalIgnoreCase) || (rule == "US" && key.StartsWith("US-", StringComparison.OrdinalIgnoreCase));

    private static string Threshold(ClockRule rule) => (rule.MinAffected, rule.MaxAffected) switch
    {
        ({ } min, { } max) => $"{min} to {max}",
        ({ } min, null) => $"{min} or more",
        (null, { } max) => $"{max} or fewer",
        _ => "any number",
    };

    private static string Period(ClockRule rule) => rule.Unit switch
    {
        PeriodUnit.Hours => $"{rule.Period} hours",
        PeriodUnit.CalendarDays => $"{rule.Period} calendar days" + (rule.Rollover ? " (a last day off work runs to the next working day)" : string.Empty),
        PeriodUnit.BusinessDays => $"{rule.Period} business days ({rule.Calendar})",
        PeriodUnit.Months => $"{rule.Period} month" + (rule.Period == 1 ? string.Empty : "s"),
        PeriodUnit.Immediately => "immediately",
        PeriodUnit.WithoutUndueDelay => "without undue delay",
        PeriodUnit.AsSoonAsFeasible => "as soon as feasible",
        _ => "no period stated",
    };

    private static string Version(ClockRule rule) =>
        $"{rule.Id} in force {rule.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "throughout"}" +
        (rule.EffectiveTo is { } to ? $" to {to:yyyy-MM-dd}" : rule.EffectiveFrom is null ? string.Empty : " on") + $"; {rule.Version}";

    private static string Name(ClockTrigger trigger) => trigger switch
    {
        ClockTrigger.MaterialityDetermination => "materiality determination",
        ClockTrigger.RansomPayment => "ransom payment",
        _ => trigger.ToString().ToLowerInvariant(),
    };

    private static string Verb(ClockTrigger trigger) => trigger switch
    {
        ClockTrigger.Occurrence => "the incident happened",
        ClockTrigger.Discovery => "discovered the breach",
        ClockTrigger.Awareness => "became aware of the breach",
        ClockTrigger.Determination => "determined that a breach occurred",
        ClockTrigger.MaterialityDetermination => "determined that the incident was material",
        ClockTrigger.Classification => "classified the incident as major",
        _ => "paid a ransom",
    };

    private static string Format(Instant instant, DateTimeZone zone) =>
        OffsetDateTimePattern.ExtendedIso.Format(instant.InZone(zone).ToOffsetDateTime());

    private static string Span(Instant from, Instant to)
    {
        var d = to - from;
        return d.TotalHours < 72 ? $"{Math.Round(d.TotalHours, 1).ToString(CultureInfo.InvariantCulture)} hours" : $"{Math.Round(d.TotalDays, 1).ToString(CultureInfo.InvariantCulture)} days";
    }
}
