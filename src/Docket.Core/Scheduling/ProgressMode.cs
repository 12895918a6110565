namespace Docket.Core.Scheduling;

/// <summary>How an activity that started out of sequence is scheduled.</summary>
public enum ProgressMode
{
    /// <summary>Its remaining work still waits for its predecessors.</summary>
    RetainedLogic,
    /// <summary>Its remaining work runs from the data date whatever its predecessors.</summary>
    ProgressOverride,
}
