using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>A delay event to insert into a schedule as a fragnet (time impact analysis).</summary>
/// <param name="Id">Unique among the events.</param>
/// <param name="Description">What happened ("firewall access granted 19 June, due 1 May").</param>
/// <param name="Party">Who bears its risk.</param>
/// <param name="Duration">Working days it lasts.</param>
/// <param name="Delays">The activity it holds up: the event comes between that activity's predecessors and it.</param>
public sealed record DelayEvent(string Id, string Description, Responsibility Party, int Duration, string Delays)
{
    /// <summary>The event cannot begin before this date (when it happened).</summary>
    public LocalDate? NotBefore { get; init; }

    /// <summary>The activity it follows instead of the held-up activity's predecessors.</summary>
    public string? After { get; init; }
}
