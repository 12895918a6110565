using System.Collections.Immutable;
using System.Text.RegularExpressions;
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
    private Regex? _pattern;

    /// <summary>Every algorithm named in <paramref name="text"/>, with where, in order (longest spelling first at one place).</summary>
    public IReadOnlyList<(CryptoAlgorithm Algorithm, int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _pattern ??= BuildPattern();
        var found = new List<(CryptoAlgorithm, int, int)>();
        foreach (Match match in _pattern.Matches(text))
        {
            var spelling = match.Value;
            var algorithm = Algorithms.First(a => string.Equals(a.Name, spelling, StringComparison.OrdinalIgnoreCase)
                || a.Aliases.Any(x => string.Equals(x, spelling, StringComparison.OrdinalIgnoreCase)));
            found.Add((algorithm, match.Index, match.Length));
        }

        return found;
    }

    /// <summary>The threshold named <paramref name="name"/>, if the table has it.</summary>
    public StrengthThreshold? Threshold(string name) => Thresholds.FirstOrDefault(t => t.Name == name);

    private Regex BuildPattern()
    {
        var spellings = Algorithms.SelectMany(a => a.Aliases.Prepend(a.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(s => s.Length)
            .Select(Regex.Escape);
        // Whole words only: "AES-256" but not "AES-2560"; alternation is longest first, so "AES-256-GCM" wins over "AES-256".
        return new Regex(@"(?<![\w-])(?:" + string.Join('|', spellings) + @")(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
