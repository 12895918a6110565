namespace Docket.Storage.Tests.Ledger;

public sealed class SqliteLedgerTests() : LedgerContractTests(SqliteTestDatabase.CreateAsync);
