using System.CommandLine;
using Docket.Cli.Rendering;
using Docket.Intake;
using Docket.Intake.Json;

namespace Docket.Cli.Commands;

/// <summary><c>docket intake FILE... [--json] [--out DIR]</c>: reads narratives into structured cases.</summary>
internal static class IntakeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Narrative files (.txt, .md, .docx, .pdf).",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print docket.case/1 JSON: an object for one file, an array for several." };
        var outDir = new Option<string?>("--out") { Description = "Write one NAME.case.json per input into this folder." };
        // An unknown option would otherwise be taken for a file name.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var command = new Command("intake", "Read dispute narratives into structured, sourced cases.") { files, json, outDir };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(outDir), output, error));
        return command;
    }

    public static int Run(string[] paths, bool json, string? outDir, TextWriter output, TextWriter error)
    {
        var results = new List<IntakeResult>(paths.Length);
        foreach (var path in paths)
        {
            var result = IntakeRunner.ReadFile(path);
            IntakeRunner.WriteDiagnostics(error, path, result);
            results.Add(result);
        }

        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            foreach (var result in results.Where(r => r.Case is not null))
            {
                var file = Path.Combine(outDir, Path.GetFileNameWithoutExtension(result.Source.Name) + ".case.json");
                File.WriteAllText(file, CaseJsonWriter.Write(result));
            }
        }

        if (json)
        {
            output.Write(results.Count == 1 ? CaseJsonWriter.Write(results[0]) : CaseJsonWriter.WriteMany(results));
        }
        else
        {
            CaseSummary.Write(output, results);
        }

        return results.Any(r => r.HasErrors) ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
