using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>
/// The facts the clocks run on (<c>docket.incident/1</c>, or read from a case): when the incident happened, was
/// discovered, was determined; whose residents were affected and how many; the parties' roles; the notices given.
/// A fact the record does not give is null, and the duties that need it say so.
/// </summary>
/// <param name="TimeZone">The zone the times are written in.</param>
public sealed record Incident(DateTimeZone TimeZone)
{
    /// <summary>When it happened.</summary>
    public IncidentTime? Occurred { get; init; }

    /// <summary>When it was discovered.</summary>
    public IncidentTime? Discovered { get; init; }

    /// <summary>When the obligor became aware of it (the discovery when not given, stated as an assumption).</summary>
    public IncidentTime? Aware { get; init; }

    /// <summary>When the obligor determined that a breach occurred.</summary>
    public IncidentTime? Determined { get; init; }

    /// <summary>When the obligor determined that it was material.</summary>
    public IncidentTime? MaterialityDetermined { get; init; }

    /// <summary>When it was classified as major.</summary>
    public IncidentTime? Classified { get; init; }

    /// <summary>When a ransom was paid.</summary>
    public IncidentTime? RansomPaid { get; init; }

    /// <summary>People affected in all.</summary>
    public int? Affected { get; init; }

    /// <summary>Affected residents per jurisdiction ("US-CA", "EU"); a null count: some, how many unknown. Null: not known whose.</summary>
    public ImmutableDictionary<string, int?>? Residents { get; init; }

    /// <summary>Jurisdictions whose residents may have been affected, each with why (from a case), when <see cref="Residents"/> is not known.</summary>
    public ImmutableDictionary<string, string> CandidateResidents { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Each party's roles ("business", "controller", "maintainer", "processor", "covered-entity" …), by party name.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Roles { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Why a party is taken to hold a role, when the roles are inferred ("the case invokes HIPAA").</summary>
    public ImmutableDictionary<string, string> RoleReasons { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>True when the roles were stated, not inferred from the parties' places as client and vendor.</summary>
    public bool RolesStated { get; init; }

    /// <summary>Notices given (or recorded as not given) per rule id.</summary>
    public ImmutableArray<IncidentNotice> Notices { get; init; } = [];

    /// <summary>The date statuses are judged on (open or missed).</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Where the facts come from ("incident.json", "the case").</summary>
    public string Source { get; init; } = "the incident";
}
