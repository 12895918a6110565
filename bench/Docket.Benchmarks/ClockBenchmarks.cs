using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Docket.Core.Clocks;
using NodaTime;

namespace Docket.Benchmarks;

/// <summary>Every built-in clock rule evaluated for 10,000 incidents (varied times, zones, residents, roles and notices). Target: under 1 s.</summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class ClockBenchmarks
{
    public const int Incidents = 10_000;
    private ClockEngine _engine = null!;
    private List<Incident> _incidents = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new ClockEngine(ClockRuleSet.BuiltIn());
        var random = new Random(5);
        var zones = new[] { "America/Los_Angeles", "America/New_York", "Europe/Brussels", "Europe/London" };
        var places = new[] { "US-CA", "US-NY", "US-TX", "US-FL", "US-WA", "EU", "UK", "US-OR", "US-CO" };
        var roles = new[] { "business", "controller", "owner", "covered-entity", "registrant", "financial-entity", "essential-or-important-entity", "dfs-covered-entity" };
        _incidents = [.. Enumerable.Range(0, Incidents).Select(i =>
        {
            var zone = DateTimeZoneProviders.Tzdb[zones[i % zones.Length]];
            var discovered = new LocalDateTime(2022, 1, 1, 0, 0).PlusMinutes(random.Next(0, 5 * 365 * 24 * 60));
            IncidentTime At(LocalDateTime t) => IncidentTime.Parse(t.ToString("yyyy-MM-dd'T'HH:mm", null), zone)!;
            var residents = places.Where(_ => random.Next(3) == 0).ToImmutableDictionary(p => p, _ => random.Next(4) == 0 ? (int?)null : random.Next(1, 5_000));
            return new Incident(zone)
            {
                Occurred = At(discovered.PlusDays(-random.Next(0, 30))),
                Discovered = At(discovered),
                Determined = random.Next(2) == 0 ? At(discovered.PlusDays(random.Next(0, 10))) : null,
                MaterialityDetermined = random.Next(3) == 0 ? At(discovered.PlusDays(random.Next(0, 20))) : null,
                Affected = random.Next(1, 100_000),
                Residents = residents,
                Roles = ImmutableDictionary<string, ImmutableArray<string>>.Empty
                    .Add("Client", [.. roles.Where(_ => random.Next(2) == 0)])
                    .Add("Vendor", ["maintainer", "processor", "business-associate", "bank-service-provider"]),
                RolesStated = true,
                Notices = random.Next(2) == 0 ? [new IncidentNotice("ca-1798-82-a-2026", At(discovered.PlusDays(random.Next(0, 60))))] : [],
                AsOf = new LocalDate(2026, 11, 23),
            };
        })];
    }

    [Benchmark]
    public int AllRulesFor10000Incidents()
    {
        var duties = 0;
        foreach (var incident in _incidents)
        {
            duties += _engine.Evaluate(incident, new LocalDate(2026, 11, 23)).Duties.Length;
        }

        return duties;
    }
}
