using System.Security.Cryptography;
using Docket.Core.Cases;
using Docket.Core.Diagnostics;
using Docket.Intake.Binding;
using Docket.Intake.Decoding;
using Docket.Intake.Documents;
using Docket.Intake.Syntax;

namespace Docket.Intake;

/// <summary>
/// Intake's entry point: bytes or text in, <see cref="IntakeResult"/> out. Decoding, parsing and binding run in
/// that order; none of them throws on user input, and none touches a database or the ledger.
/// </summary>
/// <remarks>
/// The stages are fixed (decode → <see cref="IntakeParser"/> → binder). When a second narrative format needs
/// its own section parsers, this is the seam where an intake pipeline with extensions goes.
/// </remarks>
public static class CaseIntake
{
    /// <summary>Reads a file's bytes; <paramref name="name"/> (its file name) chooses .docx, .pdf or text decoding.</summary>
    public static IntakeResult Read(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        var decoded = SourceReader.Read(name, bytes);
        var source = new SourceInfo(Path.GetFileName(name), Convert.ToHexStringLower(SHA256.HashData(bytes)), decoded.Encoding, decoded.Repairs);
        if (decoded.Text is null)
        {
            return new IntakeResult(source, null, null, decoded.Diagnostics);
        }

        return Bind(source, decoded.Text, [.. decoded.Diagnostics]);
    }

    /// <summary>Reads text that is already decoded (mojibake is still repaired).</summary>
    public static IntakeResult ReadText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var decoded = SourceDecoder.FromText(text, "utf-16");
        var source = new SourceInfo(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), decoded.Encoding, decoded.Repairs);
        return decoded.Text is null
            ? new IntakeResult(source, null, null, decoded.Diagnostics)
            : Bind(source, decoded.Text, [.. decoded.Diagnostics]);
    }

    /// <summary>Parses text into its tree without binding it to a case (for tools and tests of the structure).</summary>
    public static IntakeDocument Parse(string text) => IntakeParser.Parse(new SourceText(text));

    private static IntakeResult Bind(SourceInfo source, string text, List<Diagnostic> diagnostics)
    {
        var document = IntakeParser.Parse(new SourceText(text));
        diagnostics.AddRange(document.Diagnostics);
        var result = CaseBinder.Bind(document, source, diagnostics);
        return new IntakeResult(source, text, result, [.. diagnostics]);
    }
}
