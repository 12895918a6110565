using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Docket.Intake.Binding;
using Docket.Intake.Syntax;
using Docket.Testing;
using Xunit;

namespace Docket.Intake.Tests.Binding;

/// <summary>
/// The first pass that keeps intake fast must never lose a cue: the strings it searches for are in every match, and the
/// sentences a gate reports are exactly those the patterns match in.
/// </summary>
public sealed class CueGateTests
{
    [Theory]
    [InlineData(@"\b(?:fail(?:ed|s)?\s+to|not\s+operational)\b", "fail|failed|fails|operational")]
    [InlineData(@"\b(?:un)?encrypt\w*", "encrypt|unencrypt")]
    [InlineData(@"\bbackups?\b", "backup|backups")]
    [InlineData(@"(?<![\w-])TLS\s*1\.[01](?!\d)", "tls")]
    [InlineData(@"\b(?:pay|paid)\s+(?:\w+\s+){0,3}invoices?", "invoice|invoices")]
    [InlineData(@"\bnotice\s+\{of\}", "notice")]
    [InlineData(@"a\u00e9b", "a\u00e9b")]
    public void RequiredLiterals_AreTheRarestStringsEveryMatchHolds(string pattern, string expected)
    {
        var literals = RequiredLiterals.Of(pattern);
        Assert.NotNull(literals);
        Assert.Equal(expected.Split('|').Order(), literals.Order());
    }

    [Theory]
    [InlineData(@"\b\w+ed\b")] // nothing literal at all
    [InlineData(@"(?i:late)")] // inline options are not read
    [InlineData(@"(\w)\1")] // nor back-references
    [InlineData(@"(?:late|)")] // an empty branch requires nothing
    [InlineData(@"[abc")] // nor a broken pattern
    public void RequiredLiterals_AreNoneWhenNothingIsSure(string pattern)
    {
        var literals = RequiredLiterals.Of(pattern);
        Assert.True(literals is null || literals.All(l => l.Length <= 2), string.Join("|", literals ?? []));
    }

    // Every cue pattern of intake, on every narrative of the repository: each match holds one of its required strings.
    [Fact]
    public void RequiredLiterals_OfEveryCuePattern_AreInEveryMatch()
    {
        var texts = Narratives().ToList();
        var checkedPatterns = 0;
        foreach (var (name, regex) in CuePatterns())
        {
            if (RequiredLiterals.Of(regex.ToString()) is not { } literals)
            {
                continue;
            }

            checkedPatterns++;
            foreach (var text in texts)
            {
                foreach (var m in regex.EnumerateMatches(text))
                {
                    var value = text.Substring(m.Index, m.Length);
                    Assert.True(literals.Any(l => value.Contains(l, StringComparison.OrdinalIgnoreCase)), $"{name}: «{value}» holds none of {string.Join("|", literals)}");
                }
            }
        }

        Assert.True(checkedPatterns >= 30, $"only {checkedPatterns} patterns had required strings");
    }

    // The gate's hits are what reading each sentence with each pattern finds, whether a pattern is gated by its strings
    // or by an automaton (lookarounds, bounded counts, nothing literal).
    [Fact]
    public void Hits_AreWhatEachSentenceReadAloneFinds()
    {
        Regex[] patterns =
        [
            new(@"\b(?:not\s+(?:yet\s+)?operational|fail(?:ed|s)?\s+to)\b(?!\s+mention)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            new(@"\b(?:was|were)\s+(?:\w+\s+){0,2}?delivered\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            new(@"\b(?:19|20)\d{2}\b(?![-/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            new(@"\b(?:un)?encrypt\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        ];
        var gate = new CueGate(patterns);
        var found = 0L;
        foreach (var text in Narratives())
        {
            var segments = new SegmentIndex(IntakeParser.Parse(new SourceText(text)));
            var hits = gate.Hits(segments, text);
            var touched = gate.Touched(segments, text);
            for (var i = 0; i < segments.All.Count; i++)
            {
                var (start, end) = (segments.All[i].Start, segments.All[i].End);
                var expected = 0L;
                for (var k = 0; k < patterns.Length; k++)
                {
                    expected |= patterns[k].EnumerateMatches(text.AsSpan(0, end), start).MoveNext() ? 1L << k : 0;
                }

                Assert.True(expected == hits[i], $"«{text[start..end]}»: expected {expected}, gate {hits[i]}");
                Assert.Equal(hits[i], touched[i] & hits[i]);
                found |= hits[i];
            }
        }

        Assert.Equal(15L, found);
    }

    // The source generator has emitted code that reads past the end of its input for some patterns (a lazy count after an
    // optional group threw IndexOutOfRangeException on text ending " as the x y "). Every pattern of intake reads each line
    // of the narratives cut short at each of its spaces without throwing.
    [Fact]
    public void EveryPattern_ReadsEveryLineCutShortAtAnySpace_WithoutThrowing()
    {
        var inputs = new List<string>();
        foreach (var line in Narratives().SelectMany(text => text.Split('\n')))
        {
            for (var i = line.IndexOf(' '); i >= 0; i = line.IndexOf(' ', i + 1))
            {
                inputs.Add(line[..(i + 1)]);
            }
        }

        var patterns = typeof(CueGate).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
            .Select(m => ($"{m.DeclaringType!.Name}.{m.Name}", (Regex)m.Invoke(null, null)!))
            .ToList();
        Assert.True(patterns.Count > 100, $"only {patterns.Count} patterns found");
        Assert.True(inputs.Count > 1000, $"only {inputs.Count} inputs");
        foreach (var (name, regex) in patterns)
        {
            foreach (var input in inputs)
            {
                var ex = Record.Exception(() =>
                {
                    foreach (var _ in regex.EnumerateMatches(input))
                    {
                    }
                });
                Assert.True(ex is null or RegexMatchTimeoutException, $"{name} threw {ex?.GetType().Name} on «{input}»");
            }
        }
    }

    private static IEnumerable<string> Narratives() =>
        new[] { RepositoryPaths.Combine("examples", "cases"), RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Corpus2"), RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Corpus3") }
            .SelectMany(folder => Directory.EnumerateFiles(folder))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f)));

    private static IEnumerable<(string Name, Regex Regex)> CuePatterns() =>
        typeof(CueGate).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CueGate).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
            .Select(m => ($"{m.DeclaringType!.Name}.{m.Name}", (Regex)m.Invoke(null, null)!));
}
