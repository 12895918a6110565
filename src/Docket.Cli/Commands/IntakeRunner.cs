using Docket.Core.Diagnostics;
using Docket.Intake;
using Docket.Intake.Decoding;

namespace Docket.Cli.Commands;

/// <summary>Reads input files from disk into intake results and prints their diagnostics in compiler format.</summary>
internal static class IntakeRunner
{
    public static IntakeResult ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Failed(name, IntakeDiagnosticCodes.FileUnreadable, "The file does not exist.");
        }

        if (info.Length > SourceDecoder.MaxInputBytes)
        {
            return Failed(name, IntakeDiagnosticCodes.TooLarge,
                $"The file is {info.Length:N0} bytes; the limit is {SourceDecoder.MaxInputBytes:N0} bytes. It was not read.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return Failed(name, IntakeDiagnosticCodes.FileUnreadable, $"The file could not be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Failed(name, IntakeDiagnosticCodes.FileUnreadable, $"The file could not be read: {ex.Message}");
        }

        return CaseIntake.Read(name, bytes);
    }

    public static void WriteDiagnostics(TextWriter error, string path, IntakeResult result)
    {
        foreach (var d in result.Diagnostics)
        {
            var where = d.Span is { } span ? $"{path}({span.Line},{span.Column})" : path;
            error.WriteLine($"{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
        }
    }

    private static IntakeResult Failed(string name, string code, string message) =>
        new(new Core.Cases.SourceInfo(name, string.Empty, "none", 0), null, null,
            [new Diagnostic(code, DiagnosticSeverity.Error, null, message)]);
}
