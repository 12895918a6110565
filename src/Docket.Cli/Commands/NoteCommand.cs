using System.CommandLine;
using System.Text.Json;
using Docket.Core.Ledger.Entries;

namespace Docket.Cli.Commands;

/// <summary><c>docket note CASE TEXT [--by PARTY] [--repeat N]</c>: appends a note entry; prints each acknowledged sequence.</summary>
internal static class NoteCommand
{
    public static Command Create(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };
        var text = new Argument<string>("text") { Description = "The note." };
        var by = new Option<string?>("--by") { Description = "The party writing it (P1, P2 …); else the signed-in user." };
        var repeat = new Option<int>("--repeat") { Description = "Append the note this many times, one transaction each (load and crash tests).", DefaultValueFactory = _ => 1 };
        var command = new Command("note", "Add a note to a case's log.") { caseId, text, by, repeat };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(caseId)!, parse.GetValue(text)!, parse.GetValue(by), parse.GetValue(repeat), parse.GetValue(db), output, error, ct));
        return command;
    }

    private static async Task<int> RunAsync(string caseId, string text, string? by, int repeat, string? db, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        if (await host.ReadCaseAsync(caseId, error, ct).ConfigureAwait(false) is null)
        {
            return ExitCodes.InputErrors;
        }

        var author = by is null ? LedgerHost.CurrentUser : EntryAuthor.Party(by);
        var payload = JsonSerializer.Serialize(new { text });
        for (var i = 0; i < repeat; i++)
        {
            var entry = await host.Ledger.AppendAsync(caseId, EntryKind.Note, author, payload, ct).ConfigureAwait(false);
            // Printed only after the commit returned: a line here is an acknowledged append.
            output.WriteLine($"appended {entry.Sequence}");
            output.Flush();
        }

        return ExitCodes.Success;
    }
}
