using System.Collections.Immutable;

namespace Docket.Core.Clocks;

/// <summary>Every duty the incident's facts bring into play, each with its deadline and status, and the facts still missing.</summary>
/// <param name="Source">Where the facts came from.</param>
/// <param name="AsOf">The date statuses are judged on.</param>
/// <param name="Duties">The duties that apply or may apply, in deadline order.</param>
/// <param name="MissingFacts">Every missing fact, once.</param>
/// <param name="NotConsidered">Rules left out, each with why (a role nobody is said to hold, a version not in force, a threshold not reached).</param>
public sealed record ClockReport(string Source, NodaTime.LocalDate AsOf, ImmutableArray<DutyClock> Duties, ImmutableArray<string> MissingFacts, ImmutableArray<string> NotConsidered);
