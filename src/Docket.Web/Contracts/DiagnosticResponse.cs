namespace Docket.Web.Contracts;

/// <summary>A diagnostic: a stable code, its severity, where (line and column) and what.</summary>
public sealed record DiagnosticResponse(string Code, string Severity, int? Line, int? Column, string Message);
