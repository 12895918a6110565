using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance;
using Docket.Core.Compliance.Catalogs;
using Docket.Core.Text;

namespace Docket.Benchmarks;

/// <summary>
/// Assessment of a case with 1,000 obligations (every topic and status, both parties, 50 issues with positions)
/// against every built-in catalog (PCI DSS, GDPR, CCPA/CPRA, the key-strength table). Target: under 50 ms.
/// </summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ComplianceBenchmarks
{
    public const int Obligations = 1_000;
    private ComplianceAssessor _assessor = null!;
    private CaseFile _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        _assessor = new ComplianceAssessor(CatalogSet.BuiltIn());
        var topics = Enum.GetValues<ObligationTopic>();
        var statuses = Enum.GetValues<ObligationStatus>();
        var random = new Random(42);
        var obligations = Enumerable.Range(0, Obligations).Select(i =>
        {
            var at = i * 100;
            var obligor = i % 3 == 0 ? "P2" : "P1";
            var text = i % 7 == 0 ? "AES-256 encryption of stored data" : $"obligation {i}";
            return new CaseFileObligation($"O{i + 1}", obligor, topics[random.Next(topics.Length)], text, i % 7 == 0 ? ["AES-256"] : [], null,
                statuses[random.Next(statuses.Length)], "instead used a less secure method", new SourceSpan(at + 20, at + 40, 1, 1), new SourceSpan(at, at + 15, 1, 1), null);
        }).ToImmutableArray();
        var issues = Enumerable.Range(0, 50).Select(n => new CaseFileIssue(n + 1, $"Issue {n + 1}",
        [
            new CaseFilePosition("P2", Stance.Claim, "Client Co says the vendor agreed to employ AES-256 but used 3DES.", new SourceSpan((n * 2000) + 50, (n * 2000) + 90, 1, 1), null),
            new CaseFilePosition("P1", Stance.Defense, "Vendor Co argued that Client Co delayed access.", new SourceSpan((n * 2000) + 95, (n * 2000) + 99, 1, 1), null),
        ], new SourceSpan(n * 2000, (n + 1) * 2000, 1, 1))).ToImmutableArray();
        _case = new CaseFile(
            [new CaseFileParty("P1", "Vendor Co", PartyRole.Vendor), new CaseFileParty("P2", "Client Co", PartyRole.Client)],
            ["PCI DSS", "GDPR", "CCPA"], obligations, issues, [], [new CaseFileEvidence(7, new string('a', 64), "siem-export.csv", "P2", "logging was off")], new CaseFileDate("by June 2022", new NodaTime.LocalDate(2022, 6, 30)));
    }

    [Benchmark]
    public int Assess1000Obligations() => _assessor.Assess(_case).Gaps.Length;
}
