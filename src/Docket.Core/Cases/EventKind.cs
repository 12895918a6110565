namespace Docket.Core.Cases;

/// <summary>What kind of thing happened at a dated event, as far as the sentence shows.</summary>
public enum EventKind
{
    /// <summary>Anything else.</summary>
    Other,
    /// <summary>The contract was signed or entered into.</summary>
    ContractSigned,
    /// <summary>A deadline or milestone (met or missed).</summary>
    Deadline,
    /// <summary>An audit or investigation and what it found.</summary>
    Audit,
    /// <summary>A breach or security incident.</summary>
    Breach,
    /// <summary>A notice: of breach, of default, of termination.</summary>
    Notice,
    /// <summary>Termination or intent to terminate.</summary>
    Termination,
}
