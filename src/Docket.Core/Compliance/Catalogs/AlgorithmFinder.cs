using System.Text.RegularExpressions;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>Finds the algorithms of a key-strength table named in a text, by any of their spellings.</summary>
public sealed class AlgorithmFinder
{
    private readonly Regex _pattern;
    private readonly Dictionary<string, CryptoAlgorithm> _bySpelling = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A finder over <paramref name="table"/>'s algorithms and aliases.</summary>
    public AlgorithmFinder(KeyStrengthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var algorithm in table.Algorithms)
        {
            foreach (var spelling in algorithm.Aliases.Prepend(algorithm.Name))
            {
                _bySpelling.TryAdd(spelling, algorithm);
            }
        }

        // Whole words only ("AES-256", not "AES-2560"); the alternation is longest first, so "AES-256-GCM" wins over "AES-256".
        var spellings = _bySpelling.Keys.OrderByDescending(s => s.Length).Select(Regex.Escape);
        _pattern = new Regex(@"(?<![\w-])(?:" + string.Join('|', spellings) + @")(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Every algorithm named in <paramref name="text"/>, with where, in order.</summary>
    public IReadOnlyList<(CryptoAlgorithm Algorithm, int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. _pattern.Matches(text).Select(m => (_bySpelling[m.Value], m.Index, m.Length))];
    }
}
