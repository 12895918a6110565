using System.Text;
using BenchmarkDotNet.Attributes;
using Docket.Intake;
using Docket.Testing;

namespace Docket.Benchmarks;

/// <summary>
/// Intake throughput over a corpus of a few MB: every example narrative and seed, repeated with varied names so
/// that no two copies are identical. Reported as time per corpus; bench/run.sh turns it into MB/s.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IntakeBenchmarks
{
    /// <summary>Size the corpus is built up to: 4 MiB.</summary>
    public const long TargetBytes = 4 * 1024 * 1024;

    private byte[][] _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = Corpus.Build(TargetBytes).Documents;

    [Benchmark]
    public int IntakeCorpus()
    {
        var parties = 0;
        foreach (var bytes in _documents)
        {
            parties += CaseIntake.Read("bench.md", bytes).Case?.Parties.Length ?? 0;
        }

        return parties;
    }
}

/// <summary>The benchmark corpus: narratives of realistic size, concatenated into documents of about 64 KB.</summary>
public static class Corpus
{
    public static (byte[][] Documents, long Bytes) Build(long targetBytes)
    {
        var sources = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("examples", "cases")).Order(StringComparer.Ordinal))
        {
            sources.Add(CaseIntake.Read(file, File.ReadAllBytes(file)).Text ?? string.Empty);
        }

        if (RepositoryPaths.Shared is { } shared)
        {
            sources.AddRange(Directory.GetFiles(Path.Combine(shared, "seeds")).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        var documents = new List<byte[]>();
        long total = 0;
        var copy = 0;
        var builder = new StringBuilder();
        while (total < targetBytes)
        {
            builder.Clear();
            while (builder.Length < 64 * 1024)
            {
                var text = sources[copy % sources.Count];
                builder.Append(text.Replace("2023", (2000 + (copy % 25)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append("\n\n");
                copy++;
            }

            var bytes = Encoding.UTF8.GetBytes(builder.ToString());
            documents.Add(bytes);
            total += bytes.Length;
        }

        return ([.. documents], total);
    }
}
