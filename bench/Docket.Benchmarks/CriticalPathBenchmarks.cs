using BenchmarkDotNet.Attributes;
using Docket.Core.Scheduling;

namespace Docket.Benchmarks;

/// <summary>Forward and backward pass, floats and longest path over 10,000 activities and 20,000 links. Target: under 50 ms.</summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class CriticalPathBenchmarks
{
    private Schedule _schedule = null!;

    [GlobalSetup]
    public void Setup() => _schedule = ScheduleNetwork.Build();

    [Benchmark]
    public int Cpm10000Activities() => CriticalPathCalculator.Compute(_schedule).Finish;
}
