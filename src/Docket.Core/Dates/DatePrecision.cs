namespace Docket.Core.Dates;

/// <summary>How finely a date was written.</summary>
public enum DatePrecision
{
    /// <summary>A year ("2022", "mid-2022").</summary>
    Year,

    /// <summary>A calendar quarter ("Q3 2022", "the third quarter of 2022").</summary>
    Quarter,

    /// <summary>A month ("June 2022", "mid-June 2022").</summary>
    Month,

    /// <summary>A day ("14 March 2023", "2023-03-14").</summary>
    Day,

    /// <summary>A range between two written dates ("between April and June 2023").</summary>
    Range,
}
