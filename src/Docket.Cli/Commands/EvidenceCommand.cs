using System.CommandLine;
using System.Text.Json;
using Docket.Core.Ledger.Entries;
using Docket.Storage.Evidence;

namespace Docket.Cli.Commands;

/// <summary><c>docket evidence add CASE FILE --kind K --by PARTY [--shows TEXT]</c>: stores a file by its SHA-256 and records it in the case's log.</summary>
internal static class EvidenceCommand
{
    public static Command Create(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };
        var file = new Argument<string>("file") { Description = "The evidence file." };
        var kind = new Option<string>("--kind") { Description = "What the file is: contract, report, email, log, screenshot …", Required = true };
        var by = new Option<string>("--by") { Description = "The party that submits it (P1, P2 …).", Required = true };
        var shows = new Option<string?>("--shows") { Description = "What the file is said to show." };
        var store = new Option<string?>("--store") { Description = "The evidence folder (default: 'evidence' beside the database)." };
        var add = new Command("add", "Store an evidence file and add an evidence entry to the case.") { caseId, file, kind, by, shows, store };
        add.SetAction((parse, ct) => AddAsync(
            parse.GetValue(caseId)!, parse.GetValue(file)!, parse.GetValue(kind)!, parse.GetValue(by)!, parse.GetValue(shows), parse.GetValue(store), parse.GetValue(db), output, error, ct));
        return new Command("evidence", "Manage a case's evidence files.") { add };
    }

    private static async Task<int> AddAsync(
        string caseId, string path, string kind, string by, string? shows, string? storeDir, string? db, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: error: the file does not exist.");
            return ExitCodes.InputErrors;
        }

        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        if (await host.ReadCaseAsync(caseId, error, ct).ConfigureAwait(false) is null)
        {
            return ExitCodes.InputErrors;
        }

        var root = host.EvidenceFolder(storeDir);
        string hash;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            hash = await new EvidenceStore(root).AddAsync(stream, ct).ConfigureAwait(false);
        }

        var payload = JsonSerializer.Serialize(new
        {
            sha256 = hash,
            fileName = Path.GetFileName(path),
            mediaType = MediaType(path),
            kind,
            submittedBy = by,
            shows,
        });
        var entry = await host.Ledger.AppendAsync(caseId, EntryKind.EvidenceAdded, EntryAuthor.Party(by), payload, ct).ConfigureAwait(false);
        output.WriteLine($"{hash} recorded as entry {entry.Sequence}");
        return ExitCodes.Success;
    }

    private static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".txt" or ".log" => "text/plain",
        ".md" => "text/markdown",
        ".json" => "application/json",
        ".csv" => "text/csv",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".eml" => "message/rfc822",
        _ => "application/octet-stream",
    };
}
