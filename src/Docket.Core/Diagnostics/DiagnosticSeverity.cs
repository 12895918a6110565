namespace Docket.Core.Diagnostics;

/// <summary>How much a diagnostic matters. An <see cref="Error"/> means the input could not be read as a case.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something a person may want to confirm; the reading is likely right.</summary>
    Info,

    /// <summary>A doubtful reading or a missing part; the result is usable but incomplete.</summary>
    Warning,

    /// <summary>The input could not be read (empty, binary, too large, unreadable document).</summary>
    Error,
}
