using NodaTime;

namespace Docket.Core.Compliance;

/// <summary>A catalog requirement an obligation maps to.</summary>
public sealed record RequirementRef(string CatalogId, string CatalogName, string RequirementId, string Title, bool FutureDated, LocalDate? EffectiveFrom);
