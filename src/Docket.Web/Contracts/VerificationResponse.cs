namespace Docket.Web.Contracts;

/// <summary>The outcome of verifying the stored log: hashes, sequence, fold and every stored signature.</summary>
public sealed record VerificationResponse(bool Valid, int Entries, IReadOnlyList<string> Problems);
