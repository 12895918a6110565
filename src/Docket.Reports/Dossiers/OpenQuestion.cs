namespace Docket.Reports.Dossiers;

/// <summary>A question the record leaves open, what it decides, and the evidence that would settle it.</summary>
/// <param name="Area">compliance, delay, clocks or exposure.</param>
/// <param name="Subject">What the question is about: an obligation ("O3"), a deadline, a clock, a cap assumption.</param>
/// <param name="Source">Where the question comes from in the record, when it has a place.</param>
public sealed record OpenQuestion(string Area, string Subject, string Question, string Decides, string Evidence, string? Source);
