namespace Docket.Web.Contracts;

/// <summary>A personal API token to make.</summary>
/// <param name="Name">What it is for ("CI upload").</param>
public sealed record TokenBody(string Name);
