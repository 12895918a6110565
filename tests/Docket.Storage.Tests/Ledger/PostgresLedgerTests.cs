namespace Docket.Storage.Tests.Ledger;

public sealed class PostgresLedgerTests() : LedgerContractTests(PostgresTestDatabase.CreateAsync);
