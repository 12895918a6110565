using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>The damages pipeline's result for one theory and one set of terms: every step, and the net with its band.</summary>
/// <param name="Theory">The theory applied.</param>
/// <param name="Terms">A plain description of the contract terms assumed.</param>
/// <param name="Steps">Each step with its rule and the amount after it (likely amounts).</param>
/// <param name="Gross">Gross loss (likely).</param>
/// <param name="Net">Net recoverable (likely).</param>
/// <param name="NetLow">Net recoverable on the low amounts.</param>
/// <param name="NetHigh">Net recoverable on the high amounts.</param>
public sealed record DamagesResult(string Theory, string Terms, ImmutableArray<PipelineStep> Steps, decimal Gross, decimal Net, decimal NetLow, decimal NetHigh);
