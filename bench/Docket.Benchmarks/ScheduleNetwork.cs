using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Benchmarks;

/// <summary>A large, realistic network for the schedule benchmarks: 10,000 activities, 20,000 links of every type, a weekday calendar with holidays.</summary>
internal static class ScheduleNetwork
{
    public const int Activities = 10_000;
    public const int Links = 20_000;

    public static Schedule Build()
    {
        var random = new Random(7);
        var activities = Enumerable.Range(0, Activities)
            .Select(i => new Activity($"A{i}", $"Activity {i}", i % 50 == 0 ? 0 : random.Next(1, 15), i % 9 == 0 ? Responsibility.Client : Responsibility.Supplier))
            .ToList();
        var links = new HashSet<(int, int)>();
        var list = new List<Link>(Links);
        var types = new[] { LinkType.FinishToStart, LinkType.FinishToStart, LinkType.FinishToStart, LinkType.StartToStart, LinkType.FinishToFinish, LinkType.StartToFinish };
        while (list.Count < Links)
        {
            // Mostly near neighbours, as in real programmes, with some long links across the network.
            var from = random.Next(Activities - 1);
            var to = Math.Min(Activities - 1, from + 1 + (random.Next(10) == 0 ? random.Next(2_000) : random.Next(20)));
            if (links.Add((from, to)))
            {
                list.Add(new Link($"A{from}", $"A{to}", types[random.Next(types.Length)], random.Next(-1, 4)));
            }
        }

        var start = new LocalDate(2024, 1, 1);
        var holidays = Enumerable.Range(0, 40).Select(y => new[] { new LocalDate(2024 + y, 1, 1), new LocalDate(2024 + y, 12, 25), new LocalDate(2024 + y, 12, 26) }).SelectMany(d => d);
        return new Schedule("benchmark", start, [.. activities], [.. list])
        {
            Calendars = [WorkCalendar.Weekdays() with { Holidays = [.. holidays] }],
        };
    }
}
