using System.Collections.Immutable;
using Docket.Core.Diagnostics;

namespace Docket.Intake.Decoding;

/// <summary>The text of an input, how it was decoded, and what was found on the way.</summary>
/// <param name="Text">The decoded (and repaired) text; null when the input could not be read at all.</param>
/// <param name="Encoding">How it was decoded ("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "docx", "pdf").</param>
/// <param name="Repairs">Number of mojibake sequences repaired.</param>
/// <param name="Diagnostics">Decoding diagnostics; an error means <paramref name="Text"/> is null.</param>
public sealed record DecodedSource(string? Text, string Encoding, int Repairs, ImmutableArray<Diagnostic> Diagnostics);
