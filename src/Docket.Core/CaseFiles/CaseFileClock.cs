namespace Docket.Core.CaseFiles;

/// <summary>A contractual clock of the case (a cure period, a notice period, incident notice to the client), as a user adds it.</summary>
/// <param name="Id">Its id ("C1").</param>
/// <param name="Citation">The clause ("MSA 14.2").</param>
/// <param name="ObligorId">The party that must act.</param>
/// <param name="Recipient">Who it must notify or cure for.</param>
/// <param name="Trigger">What starts it: occurrence, discovery, awareness, determination or notice.</param>
/// <param name="Period">The number of units.</param>
/// <param name="Unit">hours, calendar-days, business-days or months.</param>
/// <param name="Text">The clause's words.</param>
/// <param name="Entry">The ledger entry that added it.</param>
public sealed record CaseFileClock(string Id, string Citation, string ObligorId, string Recipient, string Trigger, int? Period, string Unit, string Text, long? Entry)
{
    /// <summary>What intake read it as: cure-period, incident-notice, notice-period or escalation; null for a user's clock.</summary>
    public string? Kind { get; init; }

    /// <summary>For a notice trigger, which notice starts it ("notice-of-breach").</summary>
    public string? After { get; init; }

    /// <summary>Where the narrative states it, when intake read it.</summary>
    public Text.SourceSpan? Span { get; init; }
}
