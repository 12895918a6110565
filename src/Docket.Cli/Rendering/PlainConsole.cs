using Spectre.Console;

namespace Docket.Cli.Rendering;

/// <summary>A Spectre console over a writer, without colours or ANSI codes, so tables read the same in files, pipes and tests.</summary>
internal static class PlainConsole
{
    public static IAnsiConsole Create(TextWriter output, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
