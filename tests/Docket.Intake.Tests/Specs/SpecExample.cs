using System.Text.RegularExpressions;

namespace Docket.Intake.Tests.Specs;

/// <summary>One example of a spec file: a fenced block <c>````example KIND</c> holding the input, a line with a
/// single ".", and the expected rendering (after Markdig's spec files).</summary>
public sealed partial record SpecExample(string File, int Line, string Kind, string Input, string Expected)
{
    public override string ToString() => $"{File}:{Line} ({Kind})";

    public static IEnumerable<SpecExample> Load(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var start = i + 1;
            var input = new List<string>();
            var expected = new List<string>();
            var target = input;
            for (i++; i < lines.Length && lines[i] != "````"; i++)
            {
                if (lines[i] == "." && target == input)
                {
                    target = expected;
                    continue;
                }

                target.Add(lines[i]);
            }

            // "→" stands for a tab and "␍" for a carriage return, so that they survive editors.
            var text = string.Join('\n', input).Replace('→', '\t').Replace("␍", "\r", StringComparison.Ordinal);
            yield return new SpecExample(name, start, open.Groups["kind"].Value, text, string.Join('\n', expected));
        }
    }

    /// <summary>The spec file with every example's expectation replaced by <paramref name="render"/>'s output.</summary>
    public static string Rewrite(string content, Func<string, string, string> render)
    {
        var lines = content.Split('\n');
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            output.Add(lines[i]);
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var input = new List<string>();
            for (i++; i < lines.Length && lines[i] != "." && lines[i] != "````"; i++)
            {
                input.Add(lines[i]);
                output.Add(lines[i]);
            }

            while (i < lines.Length && lines[i] != "````")
            {
                i++;
            }

            var text = string.Join('\n', input).Replace('→', '\t').Replace("␍", "\r", StringComparison.Ordinal);
            output.Add(".");
            var rendered = render(open.Groups["kind"].Value, text);
            if (rendered.Length > 0)
            {
                output.Add(rendered);
            }

            output.Add("````");
        }

        return string.Join('\n', output);
    }

    [GeneratedRegex(@"^````example\s+(?<kind>[a-z]+)\s*$")]
    private static partial Regex Fence();
}
