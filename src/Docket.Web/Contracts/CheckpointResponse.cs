namespace Docket.Web.Contracts;

/// <summary>The case's C2SP checkpoint now, and every signed checkpoint stored.</summary>
/// <param name="Origin">The log's origin line.</param>
/// <param name="TreeSize">Entries in the log.</param>
/// <param name="RootHash">The RFC 9162 root, hex.</param>
/// <param name="Body">The checkpoint body (origin, size, base64 root).</param>
/// <param name="Signed">Signed notes at the sizes parties signed.</param>
public sealed record CheckpointResponse(string Origin, long TreeSize, string RootHash, string Body, IReadOnlyList<SignedCheckpointResponse> Signed);
