using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Diagnostics;
using Docket.Intake.Recognizers;
using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>
/// Maps a parsed <see cref="IntakeDocument"/> to a <see cref="Case"/>: runs the recognizers over the text, finds
/// the parties and their roles, then reads contract facts, obligations, events, issues and status. Pure: no I/O.
/// </summary>
internal static partial class CaseBinder
{
    public static Case Bind(IntakeDocument document, SourceInfo source, List<Diagnostic> diagnostics)
    {
        var text = document.Source.Text;
        Core.Text.SourceSpan Span(int start, int end) => document.Source.Span(start, end);

        var dates = DateRecognizer.Recognize(document.Source, diagnostics);
        var amounts = MoneyRecognizer.Recognize(document.Source);
        var taken = new SpanSet(dates.Select(d => (d.Span.Start, d.Span.End)).Concat(amounts.Select(a => (a.Span.Start, a.Span.End))).Concat(HeaderNumbers(document)));
        var counts = CountRecognizer.Recognize(document.Source, taken);
        var standards = StandardRecognizer.Recognize(document.Source);
        var segments = new SegmentIndex(document);

        var candidates = PartyFinder.Find(document, diagnostics);
        var provisional = candidates.Select((c, i) => ToParty(c, i, PartyRole.Other, Span)).ToList();
        var index = new PartyIndex(text, provisional);

        // In first-person writing "we" is the writer and "you" the addressee: their roles are read from those too.
        var voices = Narrator.Voices(text, candidates);
        var voiced = voices.Count == 0 ? index : index.With(Narrator.Mentions(text, voices));
        var roles = RoleInference.Infer(text, candidates, voiced, diagnostics, Span);
        var parties = candidates.Select((c, i) => ToParty(c, i, roles[i], Span)).ToImmutableArray();

        var issues = IssueReader.Read(document, index, parties, diagnostics);
        var contract = ContractReader.Read(text, segments, dates, amounts, Span);
        var obligations = ObligationReader.Read(document, segments, index, index.With(People.Mentions(text, index, parties)), voices, parties, standards, dates, issues);
        var events = EventReader.Read(text, segments, index, dates, Span);
        var clocks = ClockReader.Read(text, segments, index, parties, Span);
        var status = StatusReader.Read(document, segments);

        var result = new Case
        {
            Source = source,
            Theme = document.Field("Theme")?.Value,
            CaseNumber = CaseNumber(document),
            Title = document.Title?.Text ?? document.Field("Title")?.Value,
            Parties = parties,
            Contract = contract,
            Obligations = obligations,
            Events = events,
            Clocks = clocks,
            Amounts = [.. amounts],
            Counts = [.. counts],
            Standards = standards,
            Issues = issues,
            Status = status,
        };
        ReportMissing(document, result, diagnostics);
        return result;
    }

    private static Party ToParty(PartyCandidate c, int i, PartyRole role, Func<int, int, Core.Text.SourceSpan> span) =>
        new("P" + (i + 1), c.Name, [.. c.Aliases], role, c.Description, c.Location, span(c.Start, c.End));

    private static int? CaseNumber(IntakeDocument document)
    {
        var field = document.Header.FirstOrDefault(f => CaseNumberKey().IsMatch(f.Key));
        if (field is null)
        {
            return null;
        }

        var digits = Digits().Match(field.Value);
        return digits.Success && int.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    // Header values such as "Case Number: 4" are not counts.
    private static IEnumerable<(int, int)> HeaderNumbers(IntakeDocument document) =>
        document.Header.Select(f => (f.Span.Start, f.Span.End));

    private static void ReportMissing(IntakeDocument document, Case result, List<Diagnostic> diagnostics)
    {
        var house = document.IsHouseFormat;
        if (!house)
        {
            diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.FreeProse, DiagnosticSeverity.Info, null,
                "The text is not in the house format (Parties / Background / Key Issues / Conclusion); it was read as free prose."));
        }

        var missing = new List<string>();
        if (result.Parties.IsEmpty)
        {
            missing.Add("parties");
        }

        if (house)
        {
            foreach (var (kind, name) in (ReadOnlySpan<(SectionKind, string)>)[(SectionKind.Parties, "Parties section"), (SectionKind.Background, "Background section"), (SectionKind.KeyIssues, "Key Issues section"), (SectionKind.Conclusion, "Conclusion section")])
            {
                if (document.Find(kind) is null)
                {
                    missing.Add(name);
                }
            }
        }

        if (result.Title is null && house)
        {
            missing.Add("title");
        }

        if (result.Issues.IsEmpty)
        {
            missing.Add("key issues");
        }

        if (result.Contract.Signed is null && result.Contract.Value is null)
        {
            missing.Add("contract date and value");
        }

        if (result.Status is null)
        {
            missing.Add("status");
        }

        if (missing.Count > 0)
        {
            diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.PartNotFound, DiagnosticSeverity.Warning, null,
                "Not found in the text: " + string.Join(", ", missing) + "."));
        }
    }

    [GeneratedRegex(@"^case\s*(?:number|no\.?|#|num(?:ber)?\.?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberKey();

    [GeneratedRegex(@"\d{1,9}")]
    private static partial Regex Digits();
}
