using Docket.Core.Cases;

namespace Docket.Core.Compliance;

/// <summary>A requirement not satisfied because an obligation mapped to it is unmet or partial, and whom that puts out of compliance.</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="ObligationId">The obligation that falls short.</param>
/// <param name="Status">Its status (unmet or partial).</param>
/// <param name="PartyBound">The party the requirement binds, whom the shortfall puts out of compliance.</param>
/// <param name="Explanation">The gap in plain words.</param>
public sealed record Gap(RequirementRef Requirement, string ObligationId, ObligationStatus Status, string? PartyBound, string Explanation);
