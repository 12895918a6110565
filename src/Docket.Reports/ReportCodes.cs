namespace Docket.Reports;

/// <summary>The stable codes of the report command's errors (docs/diagnostics.md).</summary>
public static class ReportCodes
{
    /// <summary>No Chromium to print a PDF with.</summary>
    public const string NoChromium = "RPT001";

    /// <summary>The format is not html, pdf, json or csv.</summary>
    public const string UnknownFormat = "RPT002";

    /// <summary>A PDF or CSV report was asked for without -o PATH.</summary>
    public const string NoOutput = "RPT003";

    /// <summary>Chromium was found but could not print.</summary>
    public const string PrintFailed = "RPT004";
}
