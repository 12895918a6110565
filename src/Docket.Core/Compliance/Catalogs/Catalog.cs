using System.Collections.Immutable;
using NodaTime;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>
/// A standard or law as data (<c>docket.catalog/1</c>): its requirements with short titles in Docket's own words, the
/// topics each concerns, who in a client–vendor dispute owes it, and its key dates.
/// </summary>
/// <param name="Id">Unique id, kebab-case ("pci-dss").</param>
/// <param name="Name">Display name ("PCI DSS").</param>
/// <param name="Version">The standard's or law's version ("4.0.1").</param>
/// <param name="Revision">This catalog's own revision: a higher one replaces a lower one with the same id.</param>
/// <param name="AsOf">When its facts were last checked.</param>
/// <param name="Source">Where its facts come from.</param>
/// <param name="Aliases">Names a narrative may use for it, matched without regard to case.</param>
/// <param name="KeyDates">Named dates (for PCI DSS, when future-dated requirements became mandatory).</param>
/// <param name="Requirements">Its requirements, in file order.</param>
/// <param name="FileName">The file it was read from.</param>
public sealed record Catalog(
    string Id,
    string Name,
    string Version,
    int Revision,
    LocalDate AsOf,
    string Source,
    ImmutableArray<string> Aliases,
    ImmutableArray<CatalogKeyDate> KeyDates,
    ImmutableArray<CatalogRequirement> Requirements,
    string FileName)
{
    /// <summary>True when <paramref name="standardName"/> names this catalog (its name or an alias, any case).</summary>
    public bool IsNamedBy(string standardName) =>
        string.Equals(Name, standardName, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, standardName, StringComparison.OrdinalIgnoreCase));
}
