using Microsoft.Data.Sqlite;

namespace Docket.Cli.Tests;

/// <summary>A temporary folder with a case database, and a way to run <c>docket</c> against it in process.</summary>
public sealed class CliSandbox : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("docket-cli-").FullName;

    public string Db => Path.Combine(Dir, "docket.db");

    /// <summary>Runs the command line with <c>--db</c> pointing at the sandbox database.</summary>
    public (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DocketApp.Run([.. args, "--db", Db], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
