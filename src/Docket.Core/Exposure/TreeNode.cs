using System.Collections.Immutable;

namespace Docket.Core.Exposure;

/// <summary>A node of a litigation decision tree (methods.md C1): an outcome, a chance node over rulings, or a decision.</summary>
public abstract record TreeNode(string Label)
{
    /// <summary>An outcome: the award to the claimant.</summary>
    public sealed record Outcome(string Label, decimal Award) : TreeNode(Label);

    /// <summary>An uncertain ruling: branches with probabilities that sum to one.</summary>
    public sealed record Chance(string Label, ImmutableArray<(decimal Probability, TreeNode Node)> Branches) : TreeNode(Label);

    /// <summary>A choice the claimant makes (the best expected award).</summary>
    public sealed record Decision(string Label, ImmutableArray<TreeNode> Options) : TreeNode(Label);
}
