using System.Collections.Immutable;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance;
using Docket.Core.Text;

namespace Docket.Core.Tests.Compliance;

/// <summary>Small hand-built cases for the assessment rules: a vendor P1 and a client P2, spans laid out in issue order.</summary>
internal static class CaseFileBuilder
{
    public static readonly ImmutableArray<CaseFileParty> Parties =
        [new("P1", "Vendor Co", PartyRole.Vendor), new("P2", "Client Co", PartyRole.Client)];

    public static SourceSpan At(int start, int length = 10) => new(start, start + length, 1, start + 1);

    public static CaseFileObligation Obligation(string id, string obligor, ObligationTopic topic, ObligationStatus status, int at,
        string text = "the work", string? statusText = null, params string[] standards) =>
        new(id, obligor, topic, text, [.. standards], null, status, statusText, statusText is null ? null : At(at + 20), At(at), null);

    public static CaseFileIssue Issue(int number, int start, int end, params CaseFilePosition[] positions) =>
        new(number, $"Issue {number}", [.. positions], new SourceSpan(start, end, 1, start + 1));

    public static CaseFilePosition Position(string party, Stance stance, string summary, int at) => new(party, stance, summary, At(at), null);

    public static CaseFile Case(IEnumerable<CaseFileObligation> obligations, IEnumerable<CaseFileIssue>? issues = null, IEnumerable<string>? standards = null,
        IEnumerable<CaseFileEvidence>? evidence = null, IEnumerable<CaseFileCount>? counts = null) =>
        new(Parties, [.. standards ?? []], [.. obligations], [.. issues ?? []], [.. counts ?? []], [.. evidence ?? []], null);
}
