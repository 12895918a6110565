using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>
/// The incident facts a case states, and no more: when the breach happened (its dated breach event), when it was
/// discovered (an event that says so), how many people were affected (the largest count of people), the parties'
/// places as client and vendor, and the jurisdictions whose residents may be affected, each with the reason the case
/// gives (a law it invokes, a party's location). Residents per jurisdiction, determination dates and notice dates
/// stay unknown unless an incident file gives them.
/// </summary>
public static partial class IncidentFromCase
{
    private static readonly (string Code, string Why, Regex Name)[] Standards =
    [
        ("US-CA", "the case invokes the CCPA", Ccpa()),
        ("EU", "the case invokes the GDPR", Gdpr()),
        ("UK", "the case invokes the UK GDPR", UkGdpr()),
        ("US-NY", "the case invokes the NYDFS Cybersecurity Regulation", Nydfs()),
    ];

    /// <summary>
    /// <paramref name="stated"/> (an incident file) completed from <paramref name="file"/>: when it names no roles, the
    /// parties' roles as the case gives them (from their places in the contract, with the reasons), marked as inferred.
    /// </summary>
    public static Incident Complete(Incident stated, CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(stated);
        if (!stated.Roles.IsEmpty)
        {
            return stated;
        }

        var fromCase = Read(file);
        return stated with { Roles = fromCase.Roles, RoleReasons = fromCase.RoleReasons, RolesStated = false };
    }

    /// <summary>The incident <paramref name="file"/> describes.</summary>
    public static Incident Read(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var zone = DateTimeZone.Utc;
        var breach = file.Events.FirstOrDefault(e => e.Kind == "breach");
        var discovered = file.Events.FirstOrDefault(e => Discovery().IsMatch(e.Summary));
        var candidates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, why, name) in Standards)
        {
            if (file.Standards.Any(s => name.IsMatch(s)))
            {
                candidates.TryAdd(code, why);
            }
        }

        foreach (var party in file.Parties.Where(p => p.Location is not null))
        {
            foreach (var (state, code) in States.OrderByDescending(s => s.Name.Length))
            {
                if (Regex.IsMatch(party.Location!, $@"\b{state}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    candidates.TryAdd(code, $"{party.Name} is based in {party.Location}");
                    break;
                }
            }
        }

        // Each side's generic roles from its place in the contract; sector roles only where the case invokes the regime.
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var party in file.Parties.Where(p => p.Role is PartyRole.Client or PartyRole.Vendor))
        {
            var list = (party.Role == PartyRole.Client ? ClockEngine.ClientRoles : ClockEngine.VendorRoles).ToList();
            foreach (var (regime, clientRole, vendorRole) in SectorRoles)
            {
                if (file.Standards.Any(s => regime.IsMatch(s)))
                {
                    var role = party.Role == PartyRole.Client ? clientRole : vendorRole;
                    if (role is not null)
                    {
                        list.Add(role);
                        reasons[$"{party.Name}|{role}"] = $"the case invokes {file.Standards.First(s => regime.IsMatch(s))}";
                    }
                }
            }

            roles[party.Name] = [.. list];
        }

        var people = file.Counts.Where(c => People().IsMatch(c.Unit)).Select(c => (int?)decimal.ToInt32(decimal.Min(c.Count, int.MaxValue))).Max();
        // Notices the case dates (a notice of breach, of termination, of dispute) start the contract's clocks.
        var notices = new List<IncidentNotice>();
        foreach (var e in file.Events)
        {
            var kind = NoticeOfBreach().IsMatch(e.Summary) ? "notice-of-breach" : NoticeOfTermination().IsMatch(e.Summary) ? "notice-of-termination" : NoticeOfDispute().IsMatch(e.Summary) ? "notice-of-dispute" : null;
            if (kind is not null && notices.All(n => n.RuleId != kind) && Time(e.Date, zone) is { } at)
            {
                notices.Add(new IncidentNotice(kind, at));
            }
        }

        return new Incident(zone)
        {
            Notices = [.. notices],
            Occurred = breach is null ? null : Time(breach.Date, zone),
            Discovered = discovered is null ? null : Time(discovered.Date, zone),
            Affected = people,
            CandidateResidents = candidates.ToImmutableDictionary(),
            Roles = roles.ToImmutableDictionary(),
            RoleReasons = reasons.ToImmutableDictionary(),
            RolesStated = false,
            Source = "the case",
        };
    }

    private static readonly (Regex Regime, string? Client, string? Vendor)[] SectorRoles =
    [
        (Hipaa(), "covered-entity", "business-associate"),
        (Nydfs(), "dfs-covered-entity", null),
        (Dora(), "financial-entity", null),
        (Nis2(), "essential-or-important-entity", null),
        (Glba(), "financial-institution", null),
    ];

    private static IncidentTime? Time(CaseFileDate date, DateTimeZone zone) =>
        date.Earliest is { } from && date.Latest is { } to
            ? new IncidentTime(date.Text, zone.AtStartOfDay(from).ToInstant(), zone.AtStartOfDay(to.PlusDays(1)).ToInstant())
            : null;

    private static readonly (string Name, string Code)[] States =
    [
        ("Alabama", "US-AL"), ("Alaska", "US-AK"), ("Arizona", "US-AZ"), ("Arkansas", "US-AR"), ("California", "US-CA"), ("Colorado", "US-CO"),
        ("Connecticut", "US-CT"), ("Delaware", "US-DE"), ("Florida", "US-FL"), ("Georgia", "US-GA"), ("Hawaii", "US-HI"), ("Idaho", "US-ID"),
        ("Illinois", "US-IL"), ("Indiana", "US-IN"), ("Iowa", "US-IA"), ("Kansas", "US-KS"), ("Kentucky", "US-KY"), ("Louisiana", "US-LA"),
        ("Maine", "US-ME"), ("Maryland", "US-MD"), ("Massachusetts", "US-MA"), ("Michigan", "US-MI"), ("Minnesota", "US-MN"),
        ("Mississippi", "US-MS"), ("Missouri", "US-MO"), ("Montana", "US-MT"), ("Nebraska", "US-NE"), ("Nevada", "US-NV"),
        ("New Hampshire", "US-NH"), ("New Jersey", "US-NJ"), ("New Mexico", "US-NM"), ("New York", "US-NY"), ("North Carolina", "US-NC"),
        ("North Dakota", "US-ND"), ("Ohio", "US-OH"), ("Oklahoma", "US-OK"), ("Oregon", "US-OR"), ("Pennsylvania", "US-PA"),
        ("Rhode Island", "US-RI"), ("South Carolina", "US-SC"), ("South Dakota", "US-SD"), ("Tennessee", "US-TN"), ("Texas", "US-TX"),
        ("Utah", "US-UT"), ("Vermont", "US-VT"), ("Virginia", "US-VA"), ("Washington", "US-WA"), ("West Virginia", "US-WV"),
        ("Wisconsin", "US-WI"), ("Wyoming", "US-WY"),
    ];

    [GeneratedRegex(@"\bnotice\s+of\s+(?:material\s+)?(?:breach|default)|breach\s+notice", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeOfBreach();

    [GeneratedRegex(@"\bnotice\s+of\s+termination|terminat\w+\s+(?:the\s+)?(?:contract|agreement)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeOfTermination();

    [GeneratedRegex(@"\b(?:notice\s+of\s+dispute|dispute\s+notice)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeOfDispute();

    [GeneratedRegex(@"\b(?:discover\w*|detect\w*|became\s+aware|identified|learn\w*\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Discovery();

    [GeneratedRegex(@"^(?:[\w-]+\s+)?(?:customers?|individuals?|people|persons?|consumers?|residents?|members?|patients?|users?|clients?|employees?|data\s+subjects|account\s+holders|records?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex People();

    [GeneratedRegex(@"\b(?:CCPA|CPRA|California\s+Consumer\s+Privacy)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ccpa();

    [GeneratedRegex(@"^(?:(?!UK).)*\bGDPR\b|General\s+Data\s+Protection\s+Regulation", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gdpr();

    [GeneratedRegex(@"\bUK\s+GDPR\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UkGdpr();

    [GeneratedRegex(@"\bHIPAA\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hipaa();

    [GeneratedRegex(@"\bDORA\b|Digital\s+Operational\s+Resilience", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dora();

    [GeneratedRegex(@"\bNIS\s?2\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Nis2();

    [GeneratedRegex(@"\b(?:GLBA|Gramm-Leach-Bliley|Safeguards\s+Rule)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Glba();

    [GeneratedRegex(@"\b(?:NYDFS|23\s+NYCRR\s+500)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Nydfs();
}
