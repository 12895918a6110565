namespace Docket.Web.Contracts;

/// <summary>A case opened from a narrative, with intake's diagnostics (doubtful readings to confirm).</summary>
/// <param name="Id">The new case's id.</param>
/// <param name="Diagnostics">Intake's diagnostics: code, severity, line and message.</param>
public sealed record OpenedResponse(string Id, IReadOnlyList<DiagnosticResponse> Diagnostics);
