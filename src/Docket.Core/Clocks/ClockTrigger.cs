namespace Docket.Core.Clocks;

/// <summary>The event that starts a clock. The statutes keep these distinct, and so does Docket.</summary>
public enum ClockTrigger
{
    /// <summary>When the incident happened.</summary>
    Occurrence,
    /// <summary>When it was discovered (or the obligor was notified of it).</summary>
    Discovery,
    /// <summary>When the obligor became aware of it.</summary>
    Awareness,
    /// <summary>When the obligor determined that a breach or incident occurred.</summary>
    Determination,
    /// <summary>When the obligor determined that it is material (SEC).</summary>
    MaterialityDetermination,
    /// <summary>When the obligor classified it as major (DORA).</summary>
    Classification,
    /// <summary>When a ransom was paid (NYDFS).</summary>
    RansomPayment,
    /// <summary>When another notice was given (the rule's <c>after</c>).</summary>
    Notice,
}
