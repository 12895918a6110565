namespace Docket.Core.Compliance.Catalogs;

/// <summary>A named minimum security strength ("pci-dss-strong-cryptography": at least 112 bits).</summary>
public sealed record StrengthThreshold(string Name, int MinimumStrengthBits, string? Note);
