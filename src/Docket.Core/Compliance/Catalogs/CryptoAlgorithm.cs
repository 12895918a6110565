using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>An algorithm or protocol of the key-strength table, with its comparable security strength.</summary>
/// <param name="Name">Canonical name ("AES-256", "3TDEA", "TLS 1.2").</param>
/// <param name="Family">symmetric, rsa, ecc, ffc, protocol or hash.</param>
/// <param name="Aliases">Other spellings a narrative may use.</param>
/// <param name="KeyBits">Key size in bits, where it has one.</param>
/// <param name="StrengthBits">Comparable security strength in bits (NIST SP 800-57); null for protocols.</param>
/// <param name="Status">acceptable, deprecated or disallowed.</param>
/// <param name="DisallowedAfter">The last day it was allowed for applying protection, when it has one.</param>
/// <param name="Note">Caveats (PCI SSC's view of 3-key TDEA, for example).</param>
public sealed record CryptoAlgorithm(
    string Name,
    string Family,
    ImmutableArray<string> Aliases,
    int? KeyBits,
    int? StrengthBits,
    string Status,
    LocalDate? DisallowedAfter,
    string? Note);
