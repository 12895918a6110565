using System.Text;

namespace Docket.Core.Utility;

/// <summary>The JSON names of enum values: kebab case ("AccessControl" is "access-control", "AtLeast" is "at-least").</summary>
public static class KebabCase
{
    /// <summary>The kebab-case name of <paramref name="value"/>.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>The value whose kebab-case name is <paramref name="name"/>; false when none is.</summary>
    public static bool TryParse<T>(string name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Name(candidate) == name)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
