namespace Docket.Core.Scheduling;

/// <summary>A date constraint on an activity.</summary>
public enum ConstraintKind
{
    /// <summary>No constraint.</summary>
    None,
    /// <summary>Start no earlier than the date.</summary>
    StartNoEarlierThan,
    /// <summary>Start no later than the date.</summary>
    StartNoLaterThan,
    /// <summary>Finish no earlier than the date.</summary>
    FinishNoEarlierThan,
    /// <summary>Finish no later than the date.</summary>
    FinishNoLaterThan,
    /// <summary>Must start on the date.</summary>
    MustStartOn,
    /// <summary>Must finish on the date.</summary>
    MustFinishOn,
}
