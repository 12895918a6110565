using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>The contract's money terms as the damages pipeline reads them; anything the record does not state is an assumption, labelled.</summary>
/// <param name="Cap">How the general cap is set.</param>
/// <param name="CapAmount">The general cap's amount (fixed, or computed from the fees or the contract value).</param>
public sealed record ContractTerms(CapKind Cap, decimal? CapAmount)
{
    /// <summary>Data-security and confidentiality claims have a cap of this many times the general cap; null: none.</summary>
    public decimal? DataBreachSuperCapMultiple { get; init; }

    /// <summary>Kinds of loss the cap does not reach (carve-outs: indemnified third-party claims, fines …).</summary>
    public ImmutableArray<LossKind> Uncapped { get; init; } = [];

    /// <summary>Gross negligence or wilful misconduct proved: the cap falls away where the law or contract says so.</summary>
    public bool GrossNegligence { get; init; }

    /// <summary>The contract excludes consequential loss.</summary>
    public bool ExcludesConsequential { get; init; }

    /// <summary>The exclusion does not apply to data-breach losses (a common carve-out).</summary>
    public bool ExclusionSparesDataBreach { get; init; }

    /// <summary>Kinds of loss an indemnity covers (methods.md B5): the exclusion of consequential loss does not reach them.</summary>
    public ImmutableArray<LossKind> Indemnified { get; init; } = [];

    /// <summary>Liquidated damages per day of delay, when the contract sets them.</summary>
    public decimal? DelayRatePerDay { get; init; }

    /// <summary>The most liquidated damages can reach.</summary>
    public decimal? DelayCap { get; init; }

    /// <summary>Days of delay damages (from the delay analysis).</summary>
    public int DelayDays { get; init; }
}
