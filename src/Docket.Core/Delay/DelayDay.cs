using System.Collections.Immutable;
using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>One day of delay past the contract completion, and what the rule makes of it.</summary>
/// <param name="Date">The day.</param>
/// <param name="Parties">Whose critical events delay completion on it.</param>
/// <param name="Events">Those events.</param>
/// <param name="Class">client, supplier, neutral, concurrent, neutral+supplier, client+neutral, or unexplained.</param>
/// <param name="Extension">Share of the day that extends time (0, the apportioned fraction, or 1).</param>
/// <param name="DelayDamages">Share on which the supplier owes delay (liquidated) damages.</param>
/// <param name="Compensable">Share for which the supplier recovers its prolongation cost.</param>
public sealed record DelayDay(LocalDate Date, ImmutableArray<Responsibility> Parties, ImmutableArray<string> Events, string Class, decimal Extension, decimal DelayDamages, decimal Compensable);
