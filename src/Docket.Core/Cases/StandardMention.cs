using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>A standard, law or security control named in the source, under its canonical name.</summary>
/// <param name="Name">Canonical name ("PCI DSS v4.0.1", "GDPR Art. 33", "AES-256").</param>
/// <param name="Span">The first mention.</param>
/// <param name="Mentions">Every mention, in order; the first is <paramref name="Span"/>.</param>
public sealed record StandardMention(string Name, SourceSpan Span, ImmutableArray<SourceSpan> Mentions);
