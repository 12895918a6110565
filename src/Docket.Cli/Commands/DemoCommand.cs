using System.CommandLine;
using Docket.Cli.Rendering;
using Docket.Core.CaseFiles;
using Docket.Intake.Json;
using Docket.Reports.Csv;
using Docket.Reports.Dossiers;
using Docket.Reports.Html;
using Docket.Reports.Json;
using Docket.Reports.Pdf;

namespace Docket.Cli.Commands;

/// <summary><c>docket demo [--cases DIR] [--out DIR]</c>: runs everything Docket can do over the example cases.</summary>
internal static class DemoCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var cases = new Option<string?>("--cases") { Description = "Folder of narratives (default: examples/cases of this repository)." };
        var outDir = new Option<string>("--out") { Description = "Where to write the case files.", DefaultValueFactory = _ => Path.Combine("out", "demo") };
        var command = new Command("demo", "Read every example case and write its case file, its analyses and its dossier.") { cases, outDir };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(cases), parse.GetValue(outDir)!, output, error, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? casesDir, string outDir, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var dir = casesDir ?? FindExamples();
        if (dir is null || !Directory.Exists(dir))
        {
            error.WriteLine("docket: error: no example cases found; pass --cases DIR (the repository keeps them in examples/cases).");
            return ExitCodes.Usage;
        }

        var files = Directory.GetFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToArray();
        var results = files.Select(f =>
        {
            var r = Commands.IntakeRunner.ReadFile(f);
            Commands.IntakeRunner.WriteDiagnostics(error, f, r);
            return r;
        }).ToList();

        Directory.CreateDirectory(outDir);
        foreach (var r in results.Where(r => r.Case is not null))
        {
            File.WriteAllText(Path.Combine(outDir, Path.GetFileNameWithoutExtension(r.Source.Name) + ".case.json"), CaseJsonWriter.Write(r));
        }

        CaseSummary.Write(output, results);
        output.WriteLine($"Wrote {results.Count(r => r.Case is not null)} case files to {Path.GetFullPath(outDir)}");
        await LedgerDemoAsync(results, dir, outDir, output, error, ct).ConfigureAwait(false);
        return results.Any(r => r.HasErrors) ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    // Each case becomes a ledger in a fresh demo database, its checkpoint is signed with a demo key, and the log is verified;
    // then the analyses run on the case as its ledger holds it.
    private static async Task LedgerDemoAsync(List<Docket.Intake.IntakeResult> results, string casesDir, string outDir, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var db = Path.Combine(outDir, "docket.db");
        foreach (var file in (string[])[db, db + "-wal", db + "-shm"])
        {
            File.Delete(file);
        }

        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        var catalogs = Core.Compliance.Catalogs.CatalogSet.BuiltIn();
        var clockRules = Core.Clocks.ClockRuleSet.BuiltIn();
        using var signer = Core.Ledger.Notes.NoteSigner.FromSeed("demo.docket/neutral", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(Path.Combine(outDir, "neutral.pub"), signer.VerifierKey + "\n");
        var chromium = DossierPdf.FindChromium();
        await using var printer = chromium is null ? null : await DossierPdf.StartAsync(chromium).ConfigureAwait(false);
        foreach (var result in results.Where(r => r.Case is not null))
        {
            var id = await host.Cases.OpenAsync(CaseJsonWriter.Write(result), Core.Ledger.Entries.EntryAuthor.User("demo"), ct).ConfigureAwait(false);
            var entries = await host.Ledger.ReadAsync(id, ct).ConfigureAwait(false);
            var signed = await host.Cases.SignCheckpointAsync(id, signer, null, ct).ConfigureAwait(false);
            var name = Path.GetFileNameWithoutExtension(result.Source.Name);
            File.WriteAllText(Path.Combine(outDir, name + ".checkpoint"), signed!.Note);
            var check = await host.Cases.VerifyAsync(id, ct).ConfigureAwait(false);
            output.WriteLine($"{name}: case {id}, {entries.Count} ledger entry, checkpoint signed, {(check.IsValid ? "verified" : "NOT verified")}");
            if (Core.Ledger.Entries.CaseFold.Fold(entries).Json is not { } caseJson)
            {
                continue;
            }

            // Every analysis of the case as its ledger holds it, in the dossier; the delay from the narrative alone, or
            // with the example schedule of the same name.
            var schedulePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(casesDir))!, "schedules", name + ".schedule.json");
            var dossier = DossierBuilder.Build(new DossierInput(caseJson, CaseFile.Parse(caseJson), DossierInput.Day(entries, NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date))
            {
                CaseId = id,
                Entries = entries,
                Signatures = [(signed.TreeSize, signed.VerifierKeys)],
                Catalogs = catalogs,
                ClockRules = clockRules,
                Schedule = File.Exists(schedulePath) ? AnalysisOptions.ReadSchedule(schedulePath, error) : null,
            });
            File.WriteAllText(Path.Combine(outDir, name + ".compliance.json"), Core.Compliance.ComplianceJson.Write(dossier.Compliance));
            File.WriteAllText(Path.Combine(outDir, name + ".chronology.json"), Core.Chronology.ChronologyJson.Write(dossier.Chronology));
            File.WriteAllText(Path.Combine(outDir, name + ".delay.json"), Core.Delay.DelayJson.Write(dossier.Delay));
            File.WriteAllText(Path.Combine(outDir, name + ".clocks.json"), Core.Clocks.ClockJson.Write(dossier.Clocks));
            var html = DossierHtml.Write(dossier);
            File.WriteAllText(Path.Combine(outDir, name + ".dossier.html"), html);
            File.WriteAllText(Path.Combine(outDir, name + ".dossier.json"), DossierJson.Write(dossier));
            File.WriteAllText(Path.Combine(outDir, name + ".chronology.csv"), DossierCsv.Chronology(dossier));
            File.WriteAllText(Path.Combine(outDir, name + ".exhibits.csv"), DossierCsv.Exhibits(dossier));
            if (printer is not null)
            {
                await File.WriteAllBytesAsync(Path.Combine(outDir, name + ".dossier.pdf"), await printer.PrintAsync(html, dossier.Cover.Title, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            }

            var report = dossier.Compliance;
            var statuses = report.Assessments.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Core.Utility.KebabCase.Name(g.Key)}");
            var coverage = report.Coverage.Select(c => $"{c.Name} {c.Addressed}/{c.Requirements} requirements addressed");
            output.WriteLine($"  compliance: {report.Assessments.Length} obligations" + (report.Assessments.IsEmpty ? string.Empty : $" ({string.Join(", ", statuses)})")
                + (report.Coverage.IsEmpty ? "; no catalogued standard named" : $"; {string.Join("; ", coverage)}; {report.Gaps.Length} gaps"));
            var clocks = dossier.Clocks;
            output.WriteLine($"  clocks: {clocks.Duties.Count(d => d.Applies == "applies")} duties apply, {clocks.Duties.Count(d => d.Applies == "may-apply")} may apply, {clocks.MissingFacts.Length} facts missing");
            var (chronology, delay) = (dossier.Chronology, dossier.Delay);
            output.WriteLine($"  chronology: {chronology.Facts.Length} dated facts ({chronology.Disputed.Length} disputed, {chronology.Contradictions.Length} contradictions); delay: "
                + (delay.Selected is { } days
                    ? $"{days.TotalDays} days past {days.ContractCompletion:yyyy-MM-dd} from {Path.GetFileName(schedulePath)}: {days.ExtensionDays} extension, {days.DelayDamagesDays} delay damages ({Core.Utility.KebabCase.Name(days.Rule)})"
                    : $"deadline {delay.Narrative?.Deadline ?? "not stated"}, {delay.Narrative?.Causes.Length ?? 0} stated causes, {delay.Narrative?.DecidingDates.Length ?? 0} deciding dates"));
            output.WriteLine($"  dossier: {name}.dossier.html, .json" + (printer is null ? string.Empty : ", .pdf") + $", {name}.chronology.csv, {name}.exhibits.csv ({dossier.OpenQuestions.Length} open questions)");
        }

        if (printer is null)
        {
            output.WriteLine($"No PDF dossiers: {DossierPdf.InstallHint}.");
        }

        output.WriteLine($"Ledger: {Path.GetFullPath(db)}; checkpoints signed by {signer.VerifierKey}");
    }

    // The examples live in the repository, not beside the binary: look upwards from the working folder and from the binary.
    private static string? FindExamples()
    {
        foreach (var start in (string[])[Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "examples", "cases");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
