namespace Docket.Core.Exposure;

/// <summary>One step of the damages pipeline: the rule applied, its inputs, and the amount after it.</summary>
/// <param name="Step">gross, exclusions, mitigation, apportionment, liquidated damages, caps, net.</param>
/// <param name="Rule">The rule in plain words, with its inputs.</param>
/// <param name="Amount">The recoverable amount after the step, in currency units, rounded to cents (half away from zero).</param>
public sealed record PipelineStep(string Step, string Rule, decimal Amount);
