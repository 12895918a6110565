using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>A clock the contract itself sets, as the narrative states it: a cure period, a notice period, incident notice, an escalation step.</summary>
/// <param name="Id">Case-local id, <c>C1</c>, <c>C2</c>, ….</param>
/// <param name="Kind">cure-period, incident-notice, notice-period or escalation.</param>
/// <param name="ObligorId">The party that must act, when the text says.</param>
/// <param name="Trigger">What starts it: discovery, or notice (of the event named by <paramref name="After"/>).</param>
/// <param name="After">For a notice trigger, which notice ("notice-of-breach", "notice-of-termination", "notice-of-dispute").</param>
/// <param name="Period">The number of units; null when the text gives none.</param>
/// <param name="Unit">hours, calendar-days, business-days, months, or no-fixed-period.</param>
/// <param name="Text">The sentence that states it.</param>
/// <param name="Span">Where it is stated.</param>
public sealed record ContractClock(string Id, string Kind, string? ObligorId, string Trigger, string? After, int? Period, string Unit, string Text, SourceSpan Span);
