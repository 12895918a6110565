using System.Collections.Immutable;
using Docket.Core.Cases;
using Docket.Core.Diagnostics;

namespace Docket.Intake;

/// <summary>What intake made of one input: the case (null when the input could not be read at all) and every diagnostic.</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="Text">The decoded text that spans point into; null when it could not be decoded.</param>
/// <param name="Case">The structured case, or null.</param>
/// <param name="Diagnostics">All diagnostics, in the order found.</param>
public sealed record IntakeResult(SourceInfo Source, string? Text, Case? Case, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a diagnostic has error severity.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
