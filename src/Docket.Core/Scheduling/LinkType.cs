namespace Docket.Core.Scheduling;

/// <summary>How a successor's dates depend on its predecessor's (precedence diagramming).</summary>
public enum LinkType
{
    /// <summary>Finish to start: the successor starts after the predecessor finishes.</summary>
    FinishToStart,
    /// <summary>Start to start: the successor starts after the predecessor starts.</summary>
    StartToStart,
    /// <summary>Finish to finish: the successor finishes after the predecessor finishes.</summary>
    FinishToFinish,
    /// <summary>Start to finish: the successor finishes after the predecessor starts.</summary>
    StartToFinish,
}
