namespace Docket.Core.Scheduling;

/// <summary>Settings of the critical path computation.</summary>
/// <param name="NearCriticalDays">Total float, in working days, up to which an activity is near-critical.</param>
/// <param name="Progress">Retained logic or progress override for out-of-sequence progress.</param>
public sealed record CpmOptions(int NearCriticalDays = 5, ProgressMode Progress = ProgressMode.RetainedLogic)
{
    /// <summary>Near-critical at 5 days, retained logic.</summary>
    public static CpmOptions Default { get; } = new();
}
