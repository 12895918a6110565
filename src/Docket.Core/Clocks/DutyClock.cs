using System.Collections.Immutable;

namespace Docket.Core.Clocks;

/// <summary>One duty's clock for one obligor.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Citation">Its citation.</param>
/// <param name="Version">The rule version used: its file and revision, and the dates it is in force.</param>
/// <param name="Applies">applies, or may-apply (when the residents, threshold or role assumed below hold).</param>
/// <param name="Obligor">The party that owes it, or its role when no party is known to hold it.</param>
/// <param name="Recipient">Who is to be notified.</param>
/// <param name="Trigger">What starts it, and when ("discovery: 2023-07-12T09:30").</param>
/// <param name="Period">The period as the rule gives it ("72 hours", "30 calendar days", "without undue delay").</param>
/// <param name="Deadline">The deadline (ISO, with offset), or the range it falls in; null when open-ended or unknown.</param>
/// <param name="DeadlineLatest">The latest the deadline can be, when known (for calendars).</param>
/// <param name="Status">met, missed, open, given (no fixed period to judge it by), or unknown.</param>
/// <param name="Late">How late the notice was (missed), or how long is left (open).</param>
/// <param name="MissingFacts">The facts the record lacks to settle it.</param>
/// <param name="Assumptions">What must hold for it to apply, and how its clock was read (awareness taken as discovery, the version chosen).</param>
/// <param name="Note">What else the provision says.</param>
/// <param name="Confidence">V, S or U: how well the rule's facts were checked.</param>
public sealed record DutyClock(
    string RuleId,
    string Citation,
    string Version,
    string Applies,
    string Obligor,
    string Recipient,
    string Trigger,
    string Period,
    string? Deadline,
    NodaTime.Instant? DeadlineLatest,
    string Status,
    string? Late,
    ImmutableArray<string> MissingFacts,
    ImmutableArray<string> Assumptions,
    string? Note,
    string Confidence);
