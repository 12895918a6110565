using System.Collections.Immutable;
using Docket.Core.Delay;

namespace Docket.Core.Scheduling.Files;

/// <summary>A schedule read from a file, with the delay events the file lists (a JSON schedule may carry them).</summary>
/// <param name="Schedule">The schedule.</param>
/// <param name="Events">Delay events to insert, in order.</param>
public sealed record ScheduleInput(Schedule Schedule, ImmutableArray<DelayEvent> Events);
