namespace Docket.Core.Delay;

/// <summary>A date the record lacks, and what it would decide.</summary>
/// <param name="Question">The date to find ("When did DataGuard give TechSecure access to its legacy systems?").</param>
/// <param name="Decides">What it would settle.</param>
/// <param name="Source">The obligation or fact it arises from, when one.</param>
public sealed record DecidingDate(string Question, string Decides, string? Source);
