namespace Docket.Core.Chronology;

/// <summary>Two accounts of the same kind of event whose dates cannot both be right.</summary>
/// <param name="First">One fact.</param>
/// <param name="Second">The other.</param>
/// <param name="Explanation">What does not fit.</param>
public sealed record Contradiction(string First, string Second, string Explanation);
