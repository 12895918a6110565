namespace Docket.Core.Utility;

/// <summary>Guard clauses for caller bugs (the first of the three error families; see <see cref="Diagnostics.Diagnostic"/>).</summary>
public static class Preconditions
{
    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    /// <exception cref="ArgumentException">The condition does not hold.</exception>
    public static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or only white space.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public static string CheckNotBlank(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }
}
