namespace Docket.Core.Scheduling;

/// <summary>Who bears the risk of an activity or delay event.</summary>
public enum Responsibility
{
    /// <summary>The vendor or contractor doing the work.</summary>
    Supplier,
    /// <summary>The client: its prerequisites (access, documentation, approvals, test sign-off) and its changes.</summary>
    Client,
    /// <summary>Neither party (force majeure, a third party outside both parties' control).</summary>
    Neutral,
    /// <summary>Both parties.</summary>
    Shared,
}
