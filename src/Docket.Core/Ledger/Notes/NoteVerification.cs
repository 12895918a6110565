using System.Collections.Immutable;

namespace Docket.Core.Ledger.Notes;

/// <summary>Which keys verified a signed note, or why none did.</summary>
/// <param name="VerifiedBy">Names of the keys whose signatures verified, in signature order.</param>
/// <param name="Code">Null when at least one signature verified; otherwise a <see cref="LedgerDiagnosticCodes"/> constant.</param>
/// <param name="Message">Why verification failed; empty when it succeeded.</param>
public sealed record NoteVerification(ImmutableArray<string> VerifiedBy, string? Code, string Message)
{
    /// <summary>True when at least one known key's signature verified.</summary>
    public bool IsValid => Code is null;
}
