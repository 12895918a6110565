using System.Collections.Immutable;

namespace Docket.Core.Ledger.Bundles;

/// <summary>The outcome of verifying a bundle.</summary>
/// <param name="IsValid">True when every entry, the checkpoint, its signatures and every evidence file checked out.</param>
/// <param name="Entries">Entries read (before the failure, if any).</param>
/// <param name="Root">The root over all entries, base64; null on failure.</param>
/// <param name="SignedBy">Names of the keys whose checkpoint signatures verified.</param>
/// <param name="Problem">The first failure, naming the member or entry; null when valid.</param>
public sealed record BundleVerification(bool IsValid, int Entries, string? Root, ImmutableArray<string> SignedBy, string? Problem);
