namespace Docket.Core.CaseFiles;

/// <summary>A contract term a user recorded for the exposure analysis ("cap" = "contract-value"), in the names <c>--assume</c> takes.</summary>
/// <param name="Name">The term's name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Source">The clause or document it comes from.</param>
/// <param name="Entry">The ledger entry that recorded it.</param>
public sealed record CaseFileTerm(string Name, string Value, string Source, long? Entry);
