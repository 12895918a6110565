using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Docket.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Docket.Cli.Tests;

[CollectionDefinition(nameof(CrashTests), DisableParallelization = true)]
public sealed class CrashTestsRunAlone;

/// <summary>
/// The crash test: a real <c>docket</c> process appends notes in a loop, one transaction each, printing every
/// acknowledged sequence, and is killed with SIGKILL at a random moment (during start-up, migration or appends),
/// many times over. Afterwards the log verifies, its sequences are dense, and every acknowledged append is there.
/// </summary>
[Collection(nameof(CrashTests))]
public sealed class CrashTests : IDisposable
{
    private const int Rounds = 12;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void SigkillDuringAppends_LogVerifiesAndKeepsEveryAcknowledgedAppend()
    {
        var (openCode, opened, _) = _sandbox.Run("case", "open", RepositoryPaths.Combine("examples", "cases", "01-house-bold.md"), "--json");
        Assert.Equal(ExitCodes.Success, openCode);
        string caseId;
        using (var json = JsonDocument.Parse(opened))
        {
            caseId = json.RootElement.GetProperty("id").GetString()!;
        }

        // The seed is in every failure message, so a failing schedule of kills can be replayed.
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var acknowledged = new List<long>();
        for (var round = 0; round < Rounds; round++)
        {
            // Odd rounds kill at any moment from start-up on (opening the database, migrating, the first appends);
            // even rounds wait for the first acknowledged append and kill in the middle of the loop.
            var whileAppending = round % 2 == 0;
            var after = TimeSpan.FromMilliseconds(whileAppending ? random.Next(0, 400) : random.Next(50, 1_500));
            acknowledged.AddRange(KillAtRandom(caseId, round, whileAppending, after, seed));
        }

        SqliteConnection.ClearAllPools();
        var (verifyCode, verified, verifyError) = _sandbox.Run("verify", caseId);
        Assert.True(verifyCode == ExitCodes.Success, $"seed {seed}: verify failed: {verified}{verifyError}");
        var (_, log, _) = _sandbox.Run("log", caseId, "--json");
        var stored = log.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("sequence").GetInt64())
            .ToList();
        Assert.Equal(Enumerable.Range(0, stored.Count).Select(i => (long)i), stored);
        var missing = acknowledged.Except(stored).ToList();
        Assert.True(missing.Count == 0, $"seed {seed}: acknowledged but missing: {string.Join(", ", missing)}");
    }

    /// <summary>
    /// Starts <c>docket note --repeat</c>, kills it with SIGKILL <paramref name="after"/> its start (or its first
    /// acknowledged append), and returns the sequences it acknowledged.
    /// </summary>
    private List<long> KillAtRandom(string caseId, int round, bool afterFirstAck, TimeSpan after, int seed)
    {
        var acks = new ConcurrentQueue<long>();
        using var firstAck = new ManualResetEventSlim();
        var errors = new ConcurrentQueue<string>();
        using var outputClosed = new ManualResetEventSlim();
        using var child = new Process
        {
            StartInfo = StartInfo("note", caseId, $"crash round {round}", "--repeat", "10000000", "--db", _sandbox.Db),
        };
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                outputClosed.Set();
            }
            else if (e.Data.StartsWith("appended ", StringComparison.Ordinal))
            {
                acks.Enqueue(long.Parse(e.Data["appended ".Length..], CultureInfo.InvariantCulture));
                firstAck.Set();
            }
        };
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        child.Start();
        try
        {
            return AcknowledgedUntilKilled(child, round, afterFirstAck, after, seed, acks, errors, firstAck, outputClosed);
        }
        finally
        {
            // Never leave a writer behind, whatever failed above.
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }
    }

    private static List<long> AcknowledgedUntilKilled(
        Process child, int round, bool afterFirstAck, TimeSpan after, int seed,
        ConcurrentQueue<long> acks, ConcurrentQueue<string> errors, ManualResetEventSlim firstAck, ManualResetEventSlim outputClosed)
    {
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        if (afterFirstAck)
        {
            Assert.True(firstAck.Wait(Patience), $"seed {seed}, round {round}: no append acknowledged: {string.Join('\n', errors)}");
        }

        if (child.WaitForExit(after))
        {
            Assert.Fail($"seed {seed}, round {round}: docket exited by itself ({child.ExitCode}): {string.Join('\n', errors)}");
        }

        // Process.Kill sends SIGKILL on Unix: no handler runs, nothing is flushed, the transaction in flight is cut.
        child.Kill(entireProcessTree: true);
        Assert.True(child.WaitForExit(Patience), $"seed {seed}, round {round}: docket did not die after SIGKILL");
        Assert.True(outputClosed.Wait(Patience), $"seed {seed}, round {round}: docket's output never closed");
        return [.. acks];
    }

    private static ProcessStartInfo StartInfo(params string[] args)
    {
        // docket.dll sits beside the tests (a referenced program); run it on the same dotnet as the tests.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "docket.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
