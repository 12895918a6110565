using Microsoft.Extensions.Configuration;

namespace Docket.Web.Hosting;

/// <summary>
/// Where the server keeps its data: the database (a SQLite file, or a PostgreSQL connection string such as
/// "Host=…;Database=…") and the evidence folder; and the upload limits.
/// </summary>
/// <param name="Database">The SQLite file or PostgreSQL connection string.</param>
/// <param name="EvidenceFolder">The evidence store's folder.</param>
public sealed record WebSettings(string Database, string EvidenceFolder)
{
    /// <summary>The largest evidence file accepted, in bytes (default 50 MiB).</summary>
    public long MaxEvidenceBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The largest narrative accepted to open a case, in bytes (default 10 MiB).</summary>
    public long MaxNarrativeBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10;

    /// <summary>True when the database is PostgreSQL.</summary>
    public bool IsPostgres => Database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings for <paramref name="database"/>, with the evidence in <paramref name="evidence"/> or, by default, beside a SQLite file (else in the working folder).</summary>
    public static WebSettings For(string database, string? evidence) => new(database, evidence ?? DefaultEvidence(database));

    private static string DefaultEvidence(string database) => database.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        ? Path.Combine(Directory.GetCurrentDirectory(), "evidence")
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "evidence");

    /// <summary>
    /// Settings from configuration: <c>Docket:Database</c> (or <c>DOCKET_DB</c>), default <c>docket.db</c> in the working
    /// folder; <c>Docket:Evidence</c>, default 'evidence' beside a SQLite file or in the working folder.
    /// </summary>
    public static WebSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var database = configuration["Docket:Database"] ?? configuration["DOCKET_DB"] ?? Path.Combine(Directory.GetCurrentDirectory(), "docket.db");
        var settings = For(database, configuration["Docket:Evidence"]);
        return long.TryParse(configuration["Docket:MaxEvidenceBytes"], System.Globalization.CultureInfo.InvariantCulture, out var max)
            ? settings with { MaxEvidenceBytes = max }
            : settings;
    }
}
