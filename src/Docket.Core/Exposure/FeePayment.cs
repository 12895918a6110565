using NodaTime;

namespace Docket.Core.Exposure;

/// <summary>A fee paid (or payable) under the contract.</summary>
/// <param name="Date">When.</param>
/// <param name="Amount">How much.</param>
public sealed record FeePayment(LocalDate Date, decimal Amount);
