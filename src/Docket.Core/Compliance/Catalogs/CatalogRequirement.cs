using System.Collections.Immutable;
using Docket.Core.Cases;
using NodaTime;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>One requirement of a catalog.</summary>
/// <param name="Id">Its number or article ("10.2.1", "Art. 33(2)", "1798.82(b)").</param>
/// <param name="Title">A short title in Docket's own words, never the standard's wording.</param>
/// <param name="Topics">What it concerns: obligations on these topics map to it.</param>
/// <param name="AppliesTo">Who in a client–vendor dispute owes it.</param>
/// <param name="FutureDated">A PCI DSS v4 future-dated requirement (best practice until its effective date).</param>
/// <param name="EffectiveFrom">When it became mandatory, when that is later than the catalog itself.</param>
/// <param name="Notes">Parameters and caveats (frequencies, thresholds, confidence).</param>
public sealed record CatalogRequirement(
    string Id,
    string Title,
    ImmutableArray<ObligationTopic> Topics,
    Applicability AppliesTo,
    bool FutureDated,
    LocalDate? EffectiveFrom,
    string? Notes);
