namespace Docket.Core.Exposure;

/// <summary>Direct or consequential (methods.md B2); uncertain items stay in the band instead of being dropped.</summary>
public enum LossClass
{
    /// <summary>The value of the very performance promised, or loss arising naturally from the breach.</summary>
    Direct,
    /// <summary>Additional loss flowing from special circumstances.</summary>
    Consequential,
    /// <summary>Argued either way (notification, forensics, fines, third-party claims).</summary>
    Uncertain,
}
