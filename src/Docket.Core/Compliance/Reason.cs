using Docket.Core.Text;

namespace Docket.Core.Compliance;

/// <summary>One step of an assessment's reasoning, with the source words it rests on.</summary>
/// <param name="Text">The reasoning in plain words.</param>
/// <param name="Quote">The source words cited, exactly as in the narrative or entry.</param>
/// <param name="Span">Where the quoted words are in the source, when they come from it.</param>
/// <param name="Entry">The ledger entry they come from, when a later entry added them.</param>
public sealed record Reason(string Text, string? Quote, SourceSpan? Span, long? Entry);
