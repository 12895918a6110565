using Docket.Testing;
using Xunit;

namespace Docket.Intake.Tests.Corpus;

/// <summary>
/// Field-by-field F1 of intake against hand-written expectations for the example narratives (eight formats)
/// and the three seeds. The thresholds are floors under the measured figures, so a regression fails here.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void ExampleCases_CoreFields_ScoreAtLeastTarget()
    {
        var results = CorpusReport.Run(RepositoryPaths.Combine("examples", "cases"), RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Corpus"));
        output.WriteLine(CorpusReport.Format(results));
        Assert.Equal(8, results.Count);
        Assert.True(CorpusReport.MicroF1(CorpusReport.Totals(results), CaseScorer.CoreFields) >= 0.9, CorpusReport.Format(results));
    }
}
