namespace Docket.Web.Contracts;

/// <summary>What an append recorded.</summary>
/// <param name="Sequence">The new entry's sequence.</param>
/// <param name="LeafHash">Its leaf hash, hex.</param>
/// <param name="Sha256">The stored file's SHA-256, for evidence.</param>
public sealed record AppendedResponse(long Sequence, string LeafHash, string? Sha256 = null);
