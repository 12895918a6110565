namespace Docket.Core.Scheduling.Files;

/// <summary>Reads a schedule file by its extension: <c>.json</c> (docket.schedule/1), <c>.csv</c>, or <c>.xml</c> (Microsoft Project MSPDI).</summary>
public static class ScheduleFile
{
    /// <summary>Reads <paramref name="text"/>, the content of a file named <paramref name="fileName"/>.</summary>
    /// <exception cref="ScheduleException">The file cannot be read as a schedule; errors name the activity and field.</exception>
    public static ScheduleInput Read(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".JSON" => ScheduleJson.Read(text),
            ".CSV" => ScheduleCsv.Read(text, Path.GetFileNameWithoutExtension(fileName)),
            ".XML" or ".MSPDI" => MsProjectXml.Read(text),
            var other => throw new ScheduleException($"{fileName}: '{other}' is not a schedule format Docket reads (.json, .csv, or Microsoft Project .xml)."),
        };
    }
}
