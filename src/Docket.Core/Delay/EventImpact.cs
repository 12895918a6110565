using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>One event of a time impact analysis.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Party">Who bears its risk.</param>
/// <param name="Class">excusable and compensable (client), excusable, not compensable (neutral, shared), not excusable (supplier), or not critical.</param>
/// <param name="FinishBefore">Forecast completion before the event was inserted.</param>
/// <param name="FinishAfter">Forecast completion with it.</param>
/// <param name="ImpactDays">Working days (default calendar) the event moves completion; float on its path absorbs the rest.</param>
/// <param name="ExtensionDays">Calendar days of extension it earns against the then-current completion date (net method).</param>
/// <param name="ContractCompletion">The completion date after this event's extension.</param>
public sealed record EventImpact(
    string EventId, Responsibility Party, string Class, LocalDate FinishBefore, LocalDate FinishAfter, int ImpactDays, int ExtensionDays, LocalDate ContractCompletion);
