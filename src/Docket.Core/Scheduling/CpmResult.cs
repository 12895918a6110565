using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>A schedule computed by the critical path method.</summary>
/// <param name="Activities">Each activity's dates and floats, in the schedule's order.</param>
/// <param name="Finish">The project finish boundary (day after the last working day).</param>
/// <param name="FinishDate">The last working day of the project.</param>
/// <param name="LongestPath">The driving chain from the start to the finish, first to last.</param>
/// <param name="Violations">Constraints the logic overrides, and open ends, each naming its activity.</param>
public sealed record CpmResult(
    ImmutableArray<ActivityDates> Activities,
    int Finish,
    LocalDate FinishDate,
    ImmutableArray<string> LongestPath,
    ImmutableArray<string> Violations)
{
    /// <summary>The dates of activity <paramref name="id"/>.</summary>
    public ActivityDates this[string id] => Activities.First(a => a.Id == id);
}
