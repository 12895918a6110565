using System.Text;
using BenchmarkDotNet.Attributes;
using Docket.Core.Ledger.Bundles;
using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Notes;

namespace Docket.Benchmarks;

/// <summary>Offline verification of a 100,000-entry bundle held in memory: every entry re-canonicalised and hashed, the tree rebuilt, the signed checkpoint checked.</summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BundleVerifyBenchmarks
{
    private Dictionary<string, byte[]> _members = [];

    [GlobalSetup]
    public void Setup()
    {
        var time = TimeProvider.System;
        var lines = new StringBuilder();
        var entries = new List<LedgerEntry>();
        for (var i = 0; i < 100_000; i++)
        {
            var entry = LedgerEntry.Create("c1", i, i == 0 ? EntryKind.CaseOpened : EntryKind.Note, EntryAuthor.User("bench"), time, $$"""{"text":"entry {{i}} of the case"}""");
            entries.Add(entry);
            lines.Append(Encoding.UTF8.GetString(entry.CanonicalBytes())).Append('\n');
        }

        var tree = new Core.Ledger.Merkle.MerkleTree();
        entries.ForEach(e => tree.AppendLeafHash(e.LeafHash()));
        using var signer = NoteSigner.FromSeed("bench.example/docket", new byte[32]);
        var checkpoint = new Checkpoint("docket/case/c1", tree.Size, [.. tree.RootHash(tree.Size)], []).ToText();
        _members = new Dictionary<string, byte[]>
        {
            [BundleVerifier.EntriesMember] = Encoding.UTF8.GetBytes(lines.ToString()),
            [BundleVerifier.CheckpointMember] = Encoding.UTF8.GetBytes(signer.Sign(checkpoint)),
            ["keys/signer.pub"] = Encoding.UTF8.GetBytes(signer.VerifierKey),
        };
    }

    [Benchmark]
    public bool Verify100000() => BundleVerifier.Verify(_members).IsValid;
}
