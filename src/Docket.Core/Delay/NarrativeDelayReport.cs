using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>What a case without a schedule shows about delay: the deadline, whether it was missed, each party's stated cause, and the dates that would decide.</summary>
/// <param name="Deadline">The completion date as written ("by June 2022"); null when the case states none.</param>
/// <param name="DeadlineLatest">Its last possible day.</param>
/// <param name="Missed">True when the record says it was missed, false when it says it was met, null when it does not say.</param>
/// <param name="MissedQuote">The words that say so.</param>
/// <param name="Causes">Each party's stated causes.</param>
/// <param name="DecidingDates">The dates that would decide who caused the delay.</param>
public sealed record NarrativeDelayReport(
    string? Deadline, LocalDate? DeadlineLatest, bool? Missed, string? MissedQuote, ImmutableArray<StatedCause> Causes, ImmutableArray<DecidingDate> DecidingDates);
