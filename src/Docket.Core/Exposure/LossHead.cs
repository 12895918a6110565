namespace Docket.Core.Exposure;

/// <summary>A head of loss with its amount as a range (low, likely, high) and its source.</summary>
/// <param name="Name">What it is ("credit monitoring for affected customers").</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Low">The least it can be.</param>
/// <param name="Likely">The most likely amount.</param>
/// <param name="High">The most it can be.</param>
/// <param name="Source">Where the figure comes from (a quoted amount, an entry, an assumption).</param>
public sealed record LossHead(string Name, LossKind Kind, decimal Low, decimal Likely, decimal High, string Source)
{
    /// <summary>True when it comes from a data-security or confidentiality breach (for super caps and carve-outs).</summary>
    public bool DataBreach { get; init; }

    /// <summary>Part of it the claimant could have avoided by reasonable steps (B7), as the defendant's evidence shows.</summary>
    public decimal Avoidable { get; init; }
}
