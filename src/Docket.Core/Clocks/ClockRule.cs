using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>
/// A notification duty as data (<c>docket.clocks/1</c>): who notifies whom, from which trigger, within which period,
/// under which conditions, and while which version is in force. The version in force at the trigger date applies.
/// </summary>
/// <param name="Id">Unique id ("gdpr-33-1"); versions of one provision have ids of their own.</param>
/// <param name="Citation">Where it comes from ("GDPR Art. 33(1)").</param>
/// <param name="Regime">The law or standard ("GDPR").</param>
/// <param name="Jurisdiction">Where it applies ("EU", "UK", "US", "US-CA").</param>
/// <param name="Obligor">The role that owes it (controller, processor, business, maintainer, covered-entity …).</param>
/// <param name="Recipient">Who is notified.</param>
/// <param name="Trigger">What starts the clock.</param>
/// <param name="Period">The number of units; null for open periods.</param>
/// <param name="Unit">How the period is counted.</param>
public sealed record ClockRule(string Id, string Citation, string Regime, string Jurisdiction, string Obligor, string Recipient, ClockTrigger Trigger, int? Period, PeriodUnit Unit)
{
    /// <summary>The rule whose notice starts this one, for <see cref="ClockTrigger.Notice"/>.</summary>
    public string? After { get; init; }

    /// <summary>Whose residents' data brings it into play ("US-CA"); null when residence does not matter.</summary>
    public string? Residents { get; init; }

    /// <summary>The fewest affected people (residents of <see cref="Residents"/>, or in all) for which it applies.</summary>
    public int? MinAffected { get; init; }

    /// <summary>The most affected people for which it applies.</summary>
    public int? MaxAffected { get; init; }

    /// <summary>First day of the version in force; null: since before any trigger Docket sees.</summary>
    public LocalDate? EffectiveFrom { get; init; }

    /// <summary>Last day of the version in force; null: still in force.</summary>
    public LocalDate? EffectiveTo { get; init; }

    /// <summary>The business-day calendar (and holidays) the rule counts in.</summary>
    public string Calendar { get; init; } = "us-federal";

    /// <summary>The time zone its days end in (IANA).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>A period in days or months ending on a non-working day runs to the end of the next working day (EU Reg. 1182/71 Art. 3(4)).</summary>
    public bool Rollover { get; init; }

    /// <summary>V (verified against the text), S (secondary sources) or U (unverified).</summary>
    public string Confidence { get; init; } = "U";

    /// <summary>The source checked.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>What else the provision says (exceptions, tolling).</summary>
    public string? Note { get; init; }

    /// <summary>What the obligor must do, as a verb phrase ("cured the breach"); null: give the notice.</summary>
    public string? Action { get; init; }

    /// <summary>The file it was read from, and the file's revision.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>True when this version is in force on <paramref name="date"/>.</summary>
    public bool InForceOn(LocalDate date) => (EffectiveFrom is not { } from || date >= from) && (EffectiveTo is not { } to || date <= to);
}
