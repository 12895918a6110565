namespace Docket.Core.Compliance;

/// <summary>An acceptance criterion or a measured fact of an obligation ("algorithm required": "AES-256"; "held": "2 sessions").</summary>
/// <param name="Kind">algorithm-required, algorithm-used, count, due, coverage-required, coverage-delivered, frequency-required, frequency-delivered, participation.</param>
/// <param name="Value">The value.</param>
/// <param name="Quote">The words it was read from.</param>
public sealed record Criterion(string Kind, string Value, string? Quote);
