namespace Docket.Testing;

/// <summary>True positives, false positives and false negatives of one field, with precision, recall and F1.</summary>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of extracted values that are right; 1 when nothing was extracted and nothing expected.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of expected values that were extracted.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? (FalsePositives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores of the same field.</summary>
    public FieldScore Plus(FieldScore other) =>
        this with { TruePositives = TruePositives + other.TruePositives, FalsePositives = FalsePositives + other.FalsePositives, FalseNegatives = FalseNegatives + other.FalseNegatives };
}
