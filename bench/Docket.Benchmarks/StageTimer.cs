using System.Diagnostics;
using Docket.Core.Diagnostics;
using Docket.Intake.Binding;
using Docket.Intake.Recognizers;
using Docket.Intake.Syntax;

namespace Docket.Benchmarks;

internal static class StageTimer
{
    public static void Run()
    {
        var (docs, bytes) = Corpus.Build(1024 * 1024);
        var texts = docs.Select(d => System.Text.Encoding.UTF8.GetString(d)).ToList();
        var stages = new Dictionary<string, TimeSpan>();
        void Time(string name, Action a)
        {
            var w = Stopwatch.StartNew();
            a();
            stages[name] = stages.GetValueOrDefault(name) + w.Elapsed;
        }

        var best = new Dictionary<string, TimeSpan>();
        for (var round = 0; round < 9; round++)
        {
            stages.Clear();
            foreach (var t in texts)
            {
                var src = new SourceText(t);
                IntakeDocument doc = null!;
                Time("parse", () => doc = IntakeParser.Parse(src));
                var diags = new List<Diagnostic>();
                Time("dates", () => DateRecognizer.Recognize(src, diags));
                Time("money", () => MoneyRecognizer.Recognize(src));
                Time("counts", () => CountRecognizer.Recognize(src, new SpanSet([])));
                Time("standards", () => StandardRecognizer.Recognize(src));
                Time("segments", () => _ = new SegmentIndex(doc));
                List<PartyCandidate> cands = null!;
                Time("parties", () => cands = PartyFinder.Find(doc, diags));
                var prov = cands.Select((c, i) => new Docket.Core.Cases.Party("P" + (i + 1), c.Name, [.. c.Aliases], Docket.Core.Cases.PartyRole.Other, c.Description, c.Location, src.Span(c.Start, c.End))).ToList();
                PartyIndex index = null!;
                Time("partyindex", () => index = new PartyIndex(t, prov));
                Time("roles", () => RoleInference.Infer(t, cands, index, diags, src.Span));
                var seg = new SegmentIndex(doc);
                var dates = DateRecognizer.Recognize(src, diags);
                var amounts = MoneyRecognizer.Recognize(src);
                var standards = StandardRecognizer.Recognize(src);
                System.Collections.Immutable.ImmutableArray<Docket.Core.Cases.KeyIssue> issues = default;
                Time("issues", () => issues = IssueReader.Read(doc, index, prov, diags));
                Time("contract", () => ContractReader.Read(t, seg, dates, amounts, src.Span));
                Time("obligations", () => ObligationReader.Read(doc, seg, index, index, Narrator.Voices(t, cands), prov, standards, dates, issues));
                Time("events", () => EventReader.Read(t, seg, index, dates, src.Span));
                Time("clocks", () => ClockReader.Read(t, seg, index, prov, src.Span));
                Time("status", () => StatusReader.Read(doc, seg));
                Time("total", () => Docket.Intake.CaseIntake.ReadText("x", t));
            }

            foreach (var (k, v) in stages)
            {
                best[k] = best.TryGetValue(k, out var b) && b < v ? b : v;
            }
        }

        stages = best;

        Console.WriteLine($"{bytes / 1e6:0.00} MB");
        foreach (var (k, v) in stages)
        {
            Console.WriteLine($"{k,-10} {v.TotalMilliseconds,8:0} ms  {bytes / 1e6 / v.TotalSeconds,8:0.0} MB/s");
        }
    }
}
