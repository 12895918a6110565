using Docket.Storage.Postgres;
using Npgsql;
using Xunit;

namespace Docket.Storage.Tests.Ledger;

/// <summary>
/// A new database on the PostgreSQL server named by <c>DOCKET_TEST_PG</c> (test.sh starts one). Without it the tests
/// are skipped locally and fail on CI (<c>CI</c> set), so CI never passes by not running them.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name = "docket_test_" + Guid.NewGuid().ToString("N");

    private PostgresTestDatabase(string server)
    {
        _server = server;
        Options = PostgresStorage.Options(new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString());
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("DOCKET_TEST_PG");
        if (string.IsNullOrEmpty(server))
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "DOCKET_TEST_PG is not set: no PostgreSQL server to test against.");
            Assert.Fail("DOCKET_TEST_PG must name a PostgreSQL server on CI (test.sh starts one).");
        }

        var db = new PostgresTestDatabase(server!);
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {db._name}", connection);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await PostgresStorage.MigrateAsync(db.Options, TestContext.Current.CancellationToken);
        return db;
    }

    public override Storage.Ledger.LedgerDialect Dialect => PostgresStorage.Dialect;

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
