using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>Who could owe what: the heads of loss, each cap assumption under each theory, and, with probabilities, the settlement analysis.</summary>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="ContractValue">The contract's value, when stated.</param>
/// <param name="Heads">The heads of loss, each with its source.</param>
/// <param name="Scenarios">Each labelled cap assumption, under each theory.</param>
/// <param name="Assumptions">Every assumption made (from --assume or defaults), in words.</param>
/// <param name="Settlement">The settlement range, when a probability of liability was given.</param>
/// <param name="Distribution">The Monte Carlo outcome distribution, when a probability of liability was given.</param>
/// <param name="Statutory">CCPA statutory damages bands, when the number of eligible California consumers was given.</param>
public sealed record ExposureReport(
    string Currency,
    decimal? ContractValue,
    ImmutableArray<LossHead> Heads,
    ImmutableArray<ExposureScenario> Scenarios,
    ImmutableArray<string> Assumptions,
    SettlementRange? Settlement,
    MonteCarloResult? Distribution,
    string? Statutory)
{
    /// <summary>GDPR Art. 82 joint liability and recourse, when the data subjects' damage and the shares were given.</summary>
    public ImmutableArray<Art82Share> Art82 { get; init; } = [];
}
