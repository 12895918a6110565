namespace Docket.Web.Contracts;

/// <summary>An RFC 9162 inclusion proof of one entry against the root at <paramref name="TreeSize"/>.</summary>
public sealed record ProofResponse(long Sequence, long TreeSize, string LeafHash, string RootHash, IReadOnlyList<string> Proof);
