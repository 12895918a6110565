using System.Text.Json;
using Docket.Testing;
using Npgsql;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary>The ledger commands on PostgreSQL, chosen by a connection string in <c>--db</c>. Needs DOCKET_TEST_PG (test.sh starts a server).</summary>
public sealed class PostgresCommandTests
{
    [Fact]
    public async Task CaseOpen_OnPostgres_ThenEvidenceAndVerify()
    {
        var server = Environment.GetEnvironmentVariable("DOCKET_TEST_PG");
        if (string.IsNullOrEmpty(server))
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "DOCKET_TEST_PG is not set: no PostgreSQL server to test against.");
            Assert.Fail("DOCKET_TEST_PG must name a PostgreSQL server on CI (test.sh starts one).");
        }

        var name = "docket_cli_" + Guid.NewGuid().ToString("N");
        var ct = TestContext.Current.CancellationToken;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        var dir = Directory.CreateTempSubdirectory("docket-pg-cli-").FullName;
        try
        {
            var db = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            (int Code, string Out) Run(params string[] args)
            {
                var output = new StringWriter();
                return (DocketApp.Run([.. args, "--db", db], output, new StringWriter()), output.ToString());
            }

            var (code, opened) = Run("case", "open", RepositoryPaths.Combine("examples", "cases", "07-fact-bullets.md"), "--json");
            Assert.Equal(ExitCodes.Success, code);
            using var json = JsonDocument.Parse(opened);
            var id = json.RootElement.GetProperty("id").GetString()!;
            var file = Path.Combine(dir, "award.txt");
            await File.WriteAllTextAsync(file, "Final award of 6 September 2024.", ct);
            Assert.Equal(ExitCodes.Success, Run("evidence", "add", id, file, "--kind", "award", "--by", "P2", "--store", Path.Combine(dir, "evidence")).Code);
            var (verifyCode, verify) = Run("verify", id);
            Assert.Equal((ExitCodes.Success, "verified: 2 entries"), (verifyCode, verify.Trim()));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync(ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(ct);
        }
    }
}
