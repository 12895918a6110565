using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>The key-strength table (<c>docket.keystrength/1</c>): algorithms with their strengths, and named minimums.</summary>
/// <param name="Id">Unique id ("nist-sp-800-57").</param>
/// <param name="Name">Display name.</param>
/// <param name="Revision">This table's own revision.</param>
/// <param name="AsOf">When its facts were last checked.</param>
/// <param name="Source">Where its facts come from.</param>
/// <param name="Thresholds">Named minimum strengths ("pci-dss-strong-cryptography": 112 bits).</param>
/// <param name="Algorithms">The algorithms and protocols.</param>
/// <param name="FileName">The file it was read from.</param>
public sealed record KeyStrengthTable(
    string Id,
    string Name,
    int Revision,
    LocalDate AsOf,
    string Source,
    ImmutableArray<StrengthThreshold> Thresholds,
    ImmutableArray<CryptoAlgorithm> Algorithms,
    string FileName)
{
    /// <summary>The threshold named <paramref name="name"/>, if the table has it.</summary>
    public StrengthThreshold? Threshold(string name) => Thresholds.FirstOrDefault(t => t.Name == name);
}
