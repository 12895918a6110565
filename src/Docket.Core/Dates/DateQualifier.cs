namespace Docket.Core.Dates;

/// <summary>How a written date relates to the moment it describes.</summary>
public enum DateQualifier
{
    /// <summary>Within the period ("in June 2022", "on 3 March 2024").</summary>
    On,

    /// <summary>No later than the end of the period ("by June 2022").</summary>
    By,

    /// <summary>Strictly before the period ("before the end of 2023", "prior to March").</summary>
    Before,

    /// <summary>Strictly after the period ("after July 2023", "since 2021").</summary>
    After,

    /// <summary>Approximately ("around May 2022", "approximately 2021").</summary>
    About,
}
