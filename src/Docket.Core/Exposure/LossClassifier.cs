namespace Docket.Core.Exposure;

/// <summary>
/// The default direct-or-consequential reading of each kind of loss (methods.md B2): fees paid, replacement and
/// remediation are direct; lost profits, customers and reputation consequential; breach-response costs, fines and
/// third-party claims are argued either way and stay uncertain (a theory decides), as do legal fees.
/// </summary>
public static class LossClassifier
{
    /// <summary>The default class of <paramref name="kind"/>.</summary>
    public static LossClass Classify(LossKind kind) => kind switch
    {
        LossKind.FeesPaid or LossKind.Replacement or LossKind.Remediation or LossKind.Delay or LossKind.StatutoryDamages => LossClass.Direct,
        LossKind.LostProfits or LossKind.LostCustomers => LossClass.Consequential,
        _ => LossClass.Uncertain,
    };
}
