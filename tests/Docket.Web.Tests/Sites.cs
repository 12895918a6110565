using System.Collections.Concurrent;

namespace Docket.Web.Tests;

/// <summary>One seeded site per backend, shared by the API tests of the run (they only append, so they do not disturb each other).</summary>
public static class Sites
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestSite>>> Started = new(StringComparer.Ordinal);

    /// <summary>The shared site on <paramref name="backend"/>.</summary>
    public static Task<TestSite> ForAsync(string backend) =>
        Started.GetOrAdd(backend, b => new Lazy<Task<TestSite>>(() => TestSite.StartAsync(b))).Value;
}
