using Docket.Core.Cases;

namespace Docket.Core.Compliance;

/// <summary>One obligation's status under one requirement.</summary>
public sealed record MatrixCell(string ObligationId, string? ObligorId, ObligationStatus Status);
