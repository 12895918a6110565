namespace Docket.Core.Compliance.Catalogs;

/// <summary>What is wrong in a catalog file, and where: the file, the 1-based line, the field's path.</summary>
/// <param name="File">The file name.</param>
/// <param name="Line">1-based line of the offending value (of the enclosing object when a field is missing).</param>
/// <param name="Field">The field's path ("requirements[3].topics[0]").</param>
/// <param name="Code">A stable code, CAT001–CAT008 (docs/diagnostics.md).</param>
/// <param name="Message">What is wrong.</param>
public sealed record CatalogError(string File, int Line, string Field, string Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}({Line}): error {Code}: {Field}: {Message}";
}
