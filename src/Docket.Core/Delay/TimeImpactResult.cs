using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>A time impact analysis: each event's effect on completion, in the order inserted.</summary>
/// <param name="PlannedFinish">Completion before any event.</param>
/// <param name="Finish">Completion with every event.</param>
/// <param name="ContractCompletion">The contract completion date before extensions (the planned finish when none is given).</param>
/// <param name="Events">Each event's impact and extension.</param>
/// <param name="ExtendedCompletion">The contract completion date after every extension.</param>
/// <param name="LiquidatedDamagesDays">Calendar days from the extended completion date to completion.</param>
/// <param name="Intervals">Each event's critical delay, as intervals for the concurrency rules.</param>
public sealed record TimeImpactResult(
    LocalDate PlannedFinish,
    LocalDate Finish,
    LocalDate ContractCompletion,
    ImmutableArray<EventImpact> Events,
    LocalDate ExtendedCompletion,
    int LiquidatedDamagesDays,
    ImmutableArray<DelayInterval> Intervals);
