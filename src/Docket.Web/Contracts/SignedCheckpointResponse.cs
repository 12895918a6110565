namespace Docket.Web.Contracts;

/// <summary>A signed checkpoint: the C2SP signed note and its signers' verifier keys.</summary>
public sealed record SignedCheckpointResponse(long TreeSize, string Note, IReadOnlyList<string> VerifierKeys);
