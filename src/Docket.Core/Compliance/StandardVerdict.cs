using Docket.Core.Cases;

namespace Docket.Core.Compliance;

/// <summary>How an obligation's delivery measures against one yardstick: the contract, or a standard's threshold.</summary>
/// <param name="Against">The yardstick ("the contract", "PCI DSS strong cryptography (at least 112 bits)").</param>
/// <param name="Verdict">Met, unmet or unknown against it.</param>
/// <param name="Explanation">Why, and what it depends on.</param>
public sealed record StandardVerdict(string Against, ObligationStatus Verdict, string Explanation);
