namespace Docket.Core.Compliance;

/// <summary>
/// A standard's coverage in the case: of its requirements, how many an obligation addresses, and how those stand.
/// <see cref="Met"/> + <see cref="Partial"/> + <see cref="Unmet"/> + <see cref="Disputed"/> + <see cref="Unknown"/> = <see cref="Addressed"/>.
/// </summary>
public sealed record Coverage(string CatalogId, string Name, string Version, int Requirements, int Addressed, int Met, int Partial, int Unmet, int Disputed, int Unknown)
{
    /// <summary>Addressed requirements as a share of all, 0 to 1.</summary>
    public double AddressedShare => Requirements == 0 ? 0 : (double)Addressed / Requirements;
}
