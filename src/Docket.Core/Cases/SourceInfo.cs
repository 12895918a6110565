namespace Docket.Core.Cases;

/// <summary>Where a case was read from.</summary>
/// <param name="Name">File name as given (no directory).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the raw input bytes.</param>
/// <param name="Encoding">How the bytes were decoded ("utf-8", "utf-8-bom", "utf-16le", "windows-1252", "docx", "pdf").</param>
/// <param name="Repairs">Number of mojibake sequences repaired.</param>
public sealed record SourceInfo(string Name, string Sha256, string Encoding, int Repairs);
