using System.CommandLine;
using Docket.Cli.Commands;

namespace Docket.Cli;

/// <summary>The <c>docket</c> command line: parses arguments, runs one verb, returns its exit code.</summary>
/// <remarks>Exit codes: 0 success, 1 input diagnostics of error severity, 2 usage errors.</remarks>
public static class DocketApp
{
    /// <summary>Runs the command line with the given writers for results and diagnostics.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var db = new Option<string?>("--db")
        {
            Description = "The case database: a SQLite file, or a PostgreSQL connection string (else DOCKET_DB, else docket.db here).",
            Recursive = true,
        };
        var json = new Option<bool>("--json") { Description = "Machine-readable output." };
        var root = new RootCommand("Docket: evidence-backed case files for security and data-privacy contract disputes.")
        {
            IntakeCommand.Create(output, error),
            DemoCommand.Create(output, error),
            CaseCommand.Create(db, json, output, error),
            EvidenceCommand.Create(db, output, error),
            NoteCommand.Create(db, output, error),
            FactCommands.CreateObligation(db, output, error),
            FactCommands.CreateClock(db, output, error),
            FactCommands.CreateLoss(db, output, error),
            FactCommands.CreateTerm(db, output, error),
            AnalyzeCommand.Create(db, json, output, error),
            ReportCommand.Create(db, output, error),
            ServeCommand.Create(db, output, error),
            ServeCommand.CreateUser(db, output, error),
            ServeCommand.CreateToken(db, output, error),
        };
        foreach (var command in LedgerCommands.Create(db, json, output, error))
        {
            root.Subcommands.Add(command);
        }

        root.Options.Add(db);
        foreach (var command in root.Subcommands.Where(c => c.Name is "case" or "log" or "prove" or "verify").SelectMany(c => c.Subcommands.Append(c)))
        {
            command.Options.Add(json);
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"docket: error: {e.Message}");
            }

            error.WriteLine("Run 'docket --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
