namespace Docket.Reports.Dossiers;

/// <summary>How one part of the dossier was made, and what it assumed.</summary>
public sealed record MethodNote(string Topic, string Text);
