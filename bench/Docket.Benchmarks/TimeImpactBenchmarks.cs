using BenchmarkDotNet.Attributes;
using Docket.Core.Delay;
using Docket.Core.Scheduling;

namespace Docket.Benchmarks;

/// <summary>A time impact analysis inserting 100 delay events, one at a time, into the 10,000-activity network (101 CPM runs). Target: under 2 s.</summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class TimeImpactBenchmarks
{
    private Schedule _schedule = null!;
    private List<DelayEvent> _events = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schedule = ScheduleNetwork.Build();
        var random = new Random(11);
        _events = [.. Enumerable.Range(0, 100).Select(i => new DelayEvent($"D{i}", $"event {i}", (Responsibility)(i % 3), random.Next(1, 10), $"A{random.Next(1, ScheduleNetwork.Activities)}"))];
    }

    [Benchmark]
    public int TimeImpact100Events() => TimeImpactAnalysis.Run(_schedule, _events).Events.Length;
}
