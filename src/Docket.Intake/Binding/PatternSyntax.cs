namespace Docket.Intake.Binding;

/// <summary>
/// Where the parts of a .NET regular expression end, for the code that reads Docket's own cue patterns
/// (<see cref="RequiredLiterals"/>, <see cref="CueGate"/>). A construct it does not read throws
/// <see cref="NotSupportedException"/>.
/// </summary>
internal static class PatternSyntax
{
    /// <summary>The index of the <c>]</c> that closes the character class opened at <paramref name="open"/>.</summary>
    public static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        // A "]" first in a class is one of its characters: "[]a]".
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    throw new NotSupportedException("Class subtraction is not read.");
                case ']':
                    return i;
            }
        }

        throw new NotSupportedException("An unclosed class.");
    }

    /// <summary>The index of the <c>)</c> that closes the group opened at <paramref name="open"/>.</summary>
    public static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        throw new NotSupportedException("An unclosed group.");
    }
}
