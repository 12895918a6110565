using NodaTime;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>A named date of a catalog ("future-dated requirements mandatory", 2025-03-31).</summary>
public sealed record CatalogKeyDate(string Name, LocalDate Date);
