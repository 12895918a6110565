namespace Docket.Core.Cases;

/// <summary>Which side of an issue a position takes.</summary>
public enum Stance
{
    /// <summary>Raises the complaint.</summary>
    Claim,
    /// <summary>Answers it.</summary>
    Defense,
}
