namespace Docket.Core.Scheduling;

/// <summary>What an activity is.</summary>
public enum ActivityKind
{
    /// <summary>Work with a duration.</summary>
    Task,
    /// <summary>A zero-duration event (go-live, sign-off).</summary>
    Milestone,
    /// <summary>Support work spanning others (project management); never on the critical path.</summary>
    LevelOfEffort,
}
