namespace Docket.Core.Amounts;

/// <summary>How a written amount or count bounds the true figure.</summary>
public enum AmountQualifier
{
    /// <summary>Stated as is ("$500,000").</summary>
    Exact,

    /// <summary>A lower bound ("could exceed $1 million", "over 500,000 customers").</summary>
    AtLeast,

    /// <summary>An upper bound ("up to $250,000", "capped at").</summary>
    AtMost,

    /// <summary>An approximation ("about", "approximately", "roughly").</summary>
    About,
}
