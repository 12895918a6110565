using Docket.Testing;
using Xunit;

namespace Docket.Intake.Tests.Specs;

/// <summary>Runs every example of every Specs/*.md file; a new example needs no code.</summary>
public sealed class SpecTests
{
    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Specs"), "*.md").Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".received.md", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var example in SpecExample.Load(file))
            {
                data.Add(example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples), DisableDiscoveryEnumeration = true)]
    public void Example_Renders_AsSpecified(SpecExample example)
    {
        Assert.Equal(example.Expected, SpecRenderer.Render(example.Kind, example.Input));
    }

    [Fact]
    public void SpecFiles_HaveManyExamples() => Assert.True(Examples().Count >= 60);

    /// <summary>
    /// Rewrites each spec file with the rendered outputs; where anything differs, writes NAME.received.md beside it
    /// (git-ignored) so a reviewer can diff it, and fails. New examples can be written with an empty expectation.
    /// </summary>
    [Fact]
    public void SpecFiles_MatchRenderedOutput()
    {
        var differing = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Specs"), "*.md").Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".received.md", StringComparison.Ordinal))
            {
                continue;
            }

            var original = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var rewritten = SpecExample.Rewrite(original, SpecRenderer.Render);
            var received = Path.ChangeExtension(file, ".received.md");
            if (rewritten == original)
            {
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, rewritten);
            differing.Add(Path.GetFileName(file));
        }

        Assert.True(differing.Count == 0, "Spec outputs differ; see *.received.md for: " + string.Join(", ", differing));
    }
}
