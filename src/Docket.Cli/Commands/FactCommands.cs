using System.CommandLine;
using Docket.Core.Ledger.Entries;

namespace Docket.Cli.Commands;

/// <summary>
/// The facts a user adds to a case, each a ledger entry attributed to the user and checked before it is appended:
/// <c>docket obligation add|restate|withdraw CASE …</c> (a party's obligation and how it stands) and
/// <c>docket clock add CASE …</c> (the contract's own clocks). The analyses cite those entries wherever they rest on them.
/// </summary>
internal static class FactCommands
{
    public static Command CreateObligation(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };
        var id = new Argument<string>("id") { Description = "The obligation (O3)." };
        var by = new Option<string?>("--by") { Description = "The party that owes it: P1, P2, or a party's name." };
        var topic = new Option<string?>("--topic") { Description = "What it is about: encryption, logging, access-control, training, access-provision …" };
        var text = new Option<string?>("--text") { Description = "The words that state it (\"AES-256 for all cardholder data at rest\")." };
        var status = new Option<string?>("--status") { Description = "met, partial, unmet, disputed or unknown." };
        var words = new Option<string?>("--words") { Description = "The words or the finding that show the status." };
        var due = new Option<string?>("--due") { Description = "When it fell due: YYYY, YYYY-MM or YYYY-MM-DD." };
        var standard = new Option<string[]>("--standard") { Description = "A standard it invokes (\"PCI DSS\"); repeat for more.", AllowMultipleArgumentsPerToken = false };
        var reason = new Option<string>("--reason") { Description = "Why it is withdrawn.", Required = true };

        ObligationChange Change(ParseResult p) => new(
            p.GetValue(by), p.GetValue(topic), p.GetValue(text), p.GetValue(status), p.GetValue(words), p.GetValue(due), [.. p.GetValue(standard) ?? []]);

        var add = new Command("add", "Add an obligation to a case.") { caseId, by, topic, text, status, words, due, standard };
        add.SetAction((p, ct) => AppendAsync(p.GetValue(caseId)!, EntryKind.FactAdded, state => ObligationFacts.Add(state, Change(p)), db, p, output, error, ct));

        var restate = new Command("restate", "Restate an obligation: change its obligor, topic, words, status, due date or standards.") { caseId, id, by, topic, text, status, words, due, standard };
        restate.SetAction((p, ct) => AppendAsync(p.GetValue(caseId)!, EntryKind.FactAmended, state => ObligationFacts.Restate(state, p.GetValue(id)!, Change(p)), db, p, output, error, ct));

        var withdraw = new Command("withdraw", "Withdraw an obligation (it stays in the log, under 'withdrawn').") { caseId, id, reason };
        withdraw.SetAction((p, ct) => AppendAsync(p.GetValue(caseId)!, EntryKind.FactWithdrawn, state => ObligationFacts.Withdraw(state, p.GetValue(id)!, p.GetValue(reason)!), db, p, output, error, ct));

        return new Command("obligation", "Add, restate or withdraw a party's obligation.") { add, restate, withdraw };
    }

    /// <summary><c>docket clock add CASE --citation C --by PARTY --to WHOM --trigger T --period N --unit U [--text W]</c>: a contractual clock as a ledger entry.</summary>
    public static Command CreateClock(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };
        var citation = new Option<string>("--citation") { Description = "The clause (\"MSA 14.2\").", Required = true };
        var by = new Option<string>("--by") { Description = "The party that must act: P1, P2, or a party's name.", Required = true };
        var to = new Option<string>("--to") { Description = "Whom it must notify (a party, or a description).", Required = true };
        var trigger = new Option<string>("--trigger") { Description = "What starts it: discovery, awareness, determination, occurrence …", Required = true };
        var period = new Option<int?>("--period") { Description = "How many units." };
        var unit = new Option<string>("--unit") { Description = "hours, calendar-days, business-days, months, immediately, without-undue-delay.", Required = true };
        var text = new Option<string?>("--text") { Description = "The clause's words." };
        var add = new Command("add", "Add a contractual clock (cure period, notice period, incident notice) to a case.") { caseId, citation, by, to, trigger, period, unit, text };
        add.SetAction((p, ct) => AppendAsync(p.GetValue(caseId)!, EntryKind.FactAdded,
            state => ClockFacts.Add(state, new ClockChange(p.GetValue(citation)!, p.GetValue(by)!, p.GetValue(to)!, p.GetValue(trigger)!, p.GetValue(period), p.GetValue(unit)!, p.GetValue(text))),
            db, p, output, error, ct));
        return new Command("clock", "Add the contract's own clocks, run beside the statutory ones by 'analyze --clocks'.") { add };
    }

    /// <summary><c>docket loss add CASE --name N --kind K --amount A [--low L --high H] [--by PARTY] [--data-breach] [--avoidable X] [--source S]</c>: a head of loss as a ledger entry.</summary>
    public static Command CreateLoss(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };
        var name = new Option<string>("--name") { Description = "What it is (\"credit monitoring for affected customers\").", Required = true };
        var kind = new Option<string>("--kind") { Description = "fees-paid, replacement, remediation, forensics, notification, credit-monitoring, legal-fees, regulatory-fines, lost-profits …", Required = true };
        var amount = new Option<decimal>("--amount") { Description = "The most likely amount.", Required = true };
        var low = new Option<decimal?>("--low") { Description = "The least it can be." };
        var high = new Option<decimal?>("--high") { Description = "The most it can be." };
        var by = new Option<string?>("--by") { Description = "The party that suffered it." };
        var breach = new Option<bool>("--data-breach") { Description = "It comes from a data-security or confidentiality breach (super caps, carve-outs)." };
        var avoidable = new Option<decimal>("--avoidable") { Description = "Part of it that could have been avoided, as alleged." };
        var source = new Option<string?>("--source") { Description = "The evidence it rests on (an evidence entry, an invoice)." };
        var add = new Command("add", "Add a head of loss to a case.") { caseId, name, kind, amount, low, high, by, breach, avoidable, source };
        add.SetAction((p, ct) => AppendAsync(p.GetValue(caseId)!, EntryKind.FactAdded,
            state => LossFacts.Add(state, new LossChange(p.GetValue(name)!, p.GetValue(kind)!, p.GetValue(amount), p.GetValue(low), p.GetValue(high), p.GetValue(by),
                p.GetValue(breach), p.GetValue(avoidable), p.GetValue(source))),
            db, p, output, error, ct));
        return new Command("loss", "Add heads of loss, which 'analyze --exposure' runs through the damages pipeline.") { add };
    }

    /// <summary><c>docket term set CASE NAME=VALUE [--source S]</c>: a contract term (cap, exclusions, indemnity, liquidated damages) the exposure analysis reads.</summary>
    public static Command CreateTerm(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseId = new Argument<string>("case") { Description = "The case id." };
        var pair = new Argument<string>("term") { Description = "NAME=VALUE, in the names 'analyze --assume' takes (cap=contract-value, super-cap=3, indemnity=third-party …)." };
        var source = new Option<string?>("--source") { Description = "The clause it comes from (\"MSA 12.1\")." };
        var set = new Command("set", "Record a contract term.") { caseId, pair, source };
        set.SetAction((p, ct) =>
        {
            var text = p.GetValue(pair)!;
            var at = text.IndexOf('=', StringComparison.Ordinal);
            return AppendAsync(p.GetValue(caseId)!, EntryKind.FactAdded,
                _ => at <= 0 ? new FactPayload(null, [$"{FactDiagnosticCodes.MissingText}: '{text}' is not NAME=VALUE."]) : TermFacts.Add(text[..at], text[(at + 1)..], p.GetValue(source)),
                db, p, output, error, ct);
        });
        return new Command("term", "Record the contract's terms for the exposure analysis.") { set };
    }

    private static async Task<int> AppendAsync(
        string caseId, EntryKind kind, Func<string, FactPayload> build, Option<string?> db, ParseResult parse, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var host = await LedgerHost.OpenAsync(parse.GetValue(db), ct).ConfigureAwait(false);
        var entries = await host.ReadCaseAsync(caseId, error, ct).ConfigureAwait(false);
        if (entries is null)
        {
            return ExitCodes.InputErrors;
        }

        var state = CaseFold.Fold(entries);
        if (state.Json is null)
        {
            error.WriteLine($"docket: error: case '{caseId}' could not be folded: {string.Join(" ", state.Problems)}");
            return ExitCodes.InputErrors;
        }

        var fact = build(state.Json);
        if (fact.Payload is null)
        {
            foreach (var problem in fact.Errors)
            {
                error.WriteLine($"{caseId}: error {problem}");
            }

            return ExitCodes.InputErrors;
        }

        var entry = await host.Ledger.AppendAsync(caseId, kind, LedgerHost.CurrentUser, fact.Payload, ct).ConfigureAwait(false);
        output.WriteLine($"recorded as entry {entry.Sequence}");
        return ExitCodes.Success;
    }
}
