using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>A stretch of critical delay to completion caused by one event.</summary>
/// <param name="EventId">The delay event.</param>
/// <param name="Party">Who bears its risk.</param>
/// <param name="From">First day of delay to completion (inclusive).</param>
/// <param name="To">Last day of delay to completion (inclusive).</param>
/// <param name="EventStart">When the event itself began (for first-in-time); the first day of delay when unknown.</param>
public sealed record DelayInterval(string EventId, Responsibility Party, LocalDate From, LocalDate To, LocalDate? EventStart = null);
