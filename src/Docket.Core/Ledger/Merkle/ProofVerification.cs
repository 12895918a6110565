namespace Docket.Core.Ledger.Merkle;

/// <summary>The outcome of checking a proof: valid, or the reason it is not, as a stable code and a sentence.</summary>
/// <param name="Code">Null when valid; otherwise a <see cref="LedgerDiagnosticCodes"/> constant.</param>
/// <param name="Message">Why the proof failed; empty when valid.</param>
public sealed record ProofVerification(string? Code, string Message)
{
    /// <summary>The proof holds.</summary>
    public static ProofVerification Valid { get; } = new(null, string.Empty);

    /// <summary>True when the proof holds.</summary>
    public bool IsValid => Code is null;

    internal static ProofVerification Fail(string code, string message) => new(code, message);
}
