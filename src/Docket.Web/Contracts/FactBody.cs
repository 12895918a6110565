using System.Text.Json.Nodes;

namespace Docket.Web.Contracts;

/// <summary>A fact to add to one of the case's collections.</summary>
/// <param name="Collection">obligations, events, amounts, counts, standards, clocks, losses or terms.</param>
/// <param name="Value">The fact, in the docket.case/1 shape of that collection.</param>
public sealed record FactBody(string Collection, JsonObject Value);
