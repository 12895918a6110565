using System.Collections.Immutable;
using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>Delay days past the contract completion date under one concurrency rule.</summary>
/// <param name="Rule">The rule applied.</param>
/// <param name="Apportionment">The client's share of concurrent days, for <see cref="ConcurrencyRule.Apportionment"/>.</param>
/// <param name="ContractCompletion">The completion date before any extension.</param>
/// <param name="Completion">Actual or forecast completion.</param>
/// <param name="TotalDays">Days from the contract completion to completion.</param>
/// <param name="ExtensionDays">Days of extension of time (excusable).</param>
/// <param name="NewCompletion">The contract completion date plus the extension (whole days).</param>
/// <param name="DelayDamagesDays">Days on which the supplier owes delay (liquidated) damages.</param>
/// <param name="CompensableDays">Days for which the supplier recovers prolongation cost.</param>
/// <param name="UnexplainedDays">Days no event explains.</param>
/// <param name="DaysByParty">Days attributed to each party under the rule (concurrent days split as the rule splits them).</param>
/// <param name="Days">Each day with its classification.</param>
public sealed record ConcurrencyResult(
    ConcurrencyRule Rule,
    decimal? Apportionment,
    LocalDate ContractCompletion,
    LocalDate Completion,
    int TotalDays,
    decimal ExtensionDays,
    LocalDate NewCompletion,
    decimal DelayDamagesDays,
    decimal CompensableDays,
    int UnexplainedDays,
    ImmutableDictionary<Responsibility, decimal> DaysByParty,
    ImmutableArray<DelayDay> Days);
