using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>One labelled assumption about the contract's terms, with the pipeline run under each party's theory.</summary>
/// <param name="Assumption">The assumption, in words ("cap at fees paid in 12 months, assumed paid evenly over the 24-month term").</param>
/// <param name="Terms">The terms it gives.</param>
/// <param name="ByTheory">The pipeline's result under each theory; empty when the assumption cannot be computed.</param>
/// <param name="Missing">What the record lacks to compute it, when it cannot be.</param>
public sealed record ExposureScenario(string Assumption, ContractTerms Terms, ImmutableArray<DamagesResult> ByTheory, string? Missing);
