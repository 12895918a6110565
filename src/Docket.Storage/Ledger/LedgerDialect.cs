namespace Docket.Storage.Ledger;

/// <summary>What the ledger needs to know about a database provider.</summary>
/// <param name="IsUniqueViolation">Recognises the provider's unique-index error (SQLite constraint code, PostgreSQL 23505).</param>
/// <param name="RowsPerStatement">
/// Rows per INSERT when appending a batch. An embedded engine has no round trips and runs one prepared single-row
/// statement fastest; a server wants many rows per statement, each a round trip saved.
/// </param>
public sealed record LedgerDialect(Func<Exception, bool> IsUniqueViolation, int RowsPerStatement);
