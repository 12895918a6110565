namespace Docket.Core.Scheduling;

/// <summary>Something wrong with a schedule, naming the activity (or link, or calendar) it concerns.</summary>
/// <param name="Code">The stable code (SCH001 …).</param>
/// <param name="Where">The activity id, "A -> B" for a link, the calendar id, or "(schedule)".</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScheduleError(string Code, string Where, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"error {Code}: {Where}: {Message}";
}
