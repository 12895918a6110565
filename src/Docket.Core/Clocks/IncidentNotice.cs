namespace Docket.Core.Clocks;

/// <summary>A notice under a rule: when it was given, or that it was not.</summary>
/// <param name="RuleId">The rule ("ca-1798-82-a-2026") or contractual clock.</param>
/// <param name="Given">When it was given; null when it was not given (as of the incident's as-of date).</param>
public sealed record IncidentNotice(string RuleId, IncidentTime? Given);
