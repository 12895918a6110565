using Docket.Core.Scheduling;

namespace Docket.Core.Delay;

/// <summary>The completion delay one activity on the as-built critical path added (negative: time it recovered).</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Party">Who bears its risk.</param>
/// <param name="Days">Calendar days of completion delay it added.</param>
public sealed record DelaySlice(string ActivityId, Responsibility Party, int Days);
