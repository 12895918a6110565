using System.CommandLine;
using Docket.Cli.Rendering;
using Docket.Core.Compliance;
using Docket.Core.Compliance.Catalogs;

namespace Docket.Cli.Commands;

/// <summary><c>docket analyze CASE --compliance [--json] [--catalogs DIR]</c>: the case's obligations judged against the contract and the standards it invokes.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(Option<string?> db, Option<bool> json, TextWriter output, TextWriter error)
    {
        var caseArgument = new Argument<string>("case") { Description = "A case id in the database, or a narrative or docket.case/1 JSON file (analysed without storing it)." };
        var compliance = new Option<bool>("--compliance") { Description = "Each obligation's status, reasons and open questions; the matrix against the standards; coverage and gaps." };
        var catalogs = new Option<string?>("--catalogs") { Description = "A folder of extra catalog files (*.json) to load beside the built-in ones (else DOCKET_CATALOGS)." };
        var command = new Command("analyze", "Analyse a case.") { caseArgument, compliance, catalogs, json };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(caseArgument)!, parse.GetValue(compliance), parse.GetValue(catalogs), parse.GetValue(db), parse.GetValue(json), output, error, ct));
        return command;
    }

    private static async Task<int> RunAsync(string caseArgument, bool compliance, string? catalogFolder, string? db, bool json, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!compliance)
        {
            error.WriteLine("docket: error: name an analysis: --compliance.");
            return ExitCodes.Usage;
        }

        var catalogs = LoadCatalogs(catalogFolder ?? Environment.GetEnvironmentVariable("DOCKET_CATALOGS"), error);
        if (catalogs is null)
        {
            return ExitCodes.InputErrors;
        }

        var file = await CaseSource.ReadAsync(caseArgument, db, error, ct).ConfigureAwait(false);
        if (file is null)
        {
            return ExitCodes.InputErrors;
        }

        var report = new ComplianceAssessor(catalogs).Assess(file);
        if (json)
        {
            output.WriteLine(ComplianceJson.Write(report));
        }
        else
        {
            ComplianceTable.Write(output, file, report);
        }

        return ExitCodes.Success;
    }

    /// <summary>The built-in catalogs and the folder's files; null after listing the errors when any file is malformed.</summary>
    public static CatalogSet? LoadCatalogs(string? folder, TextWriter error)
    {
        var extra = new List<(string, string)>();
        if (folder is not null)
        {
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"{folder}: error {CatalogCodes.Unreadable}: the catalog folder does not exist.");
                return null;
            }

            foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    extra.Add((path, File.ReadAllText(path)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{path}(1): error {CatalogCodes.Unreadable}: (file): {ex.Message}");
                    return null;
                }
            }
        }

        var catalogs = CatalogSet.BuiltInWith(extra);
        foreach (var problem in catalogs.Errors)
        {
            error.WriteLine(problem.ToString());
        }

        return catalogs.Errors.IsEmpty ? catalogs : null;
    }
}
