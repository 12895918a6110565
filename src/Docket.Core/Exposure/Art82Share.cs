namespace Docket.Core.Exposure;

/// <summary>One party's position under GDPR Art. 82.</summary>
/// <param name="Party">The controller or processor.</param>
/// <param name="ExternalExposure">What the data subject can claim from it: the whole damage.</param>
/// <param name="Bears">What it bears in the end, by its share of responsibility.</param>
/// <param name="Recourse">What it recovers from the others (positive, for the payer) or repays to the payer (negative).</param>
public sealed record Art82Share(string Party, decimal ExternalExposure, decimal Bears, decimal Recourse);
