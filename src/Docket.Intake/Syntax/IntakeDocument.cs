using System.Collections.Immutable;
using Docket.Core.Diagnostics;

namespace Docket.Intake.Syntax;

/// <summary>
/// The parsed structure of a narrative: header fields, title and sections, each node with its span, plus the
/// diagnostics found so far. Immutable; produced by <see cref="IntakeParser"/>, consumed by the binder.
/// </summary>
/// <param name="Source">The text and its line map.</param>
/// <param name="Header">The <c>Key: value</c> lines at the top.</param>
/// <param name="Title">The title heading, when there is one.</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="Diagnostics">Structural diagnostics.</param>
public sealed record IntakeDocument(
    SourceText Source, ImmutableArray<HeaderField> Header, Heading? Title, ImmutableArray<Section> Sections, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the text has at least two of the house format's sections.</summary>
    public bool IsHouseFormat => Sections.Select(s => s.Kind).Where(k => k != SectionKind.Other).Distinct().Count() >= 2;

    /// <summary>The first section of a kind, or null.</summary>
    public Section? Find(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The value of a header field, matched case-insensitively, or null.</summary>
    public HeaderField? Field(string key) =>
        Header.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
}
