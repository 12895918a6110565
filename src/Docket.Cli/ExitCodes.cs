namespace Docket.Cli;

/// <summary>Process exit codes of the <c>docket</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Everything was read.</summary>
    public const int Success = 0;

    /// <summary>At least one input had a diagnostic of error severity.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
