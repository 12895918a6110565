using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>One activity planned against as built.</summary>
/// <param name="Id">The activity.</param>
/// <param name="Party">Who bears its risk.</param>
/// <param name="PlannedStart">Early start in the as-planned schedule.</param>
/// <param name="PlannedFinish">Early finish in the as-planned schedule (last day worked).</param>
/// <param name="ActualStart">Actual start, or the forecast when it has not started.</param>
/// <param name="ActualFinish">Actual finish, or the forecast when it has not finished.</param>
/// <param name="Forecast">True when the as-built dates are a forecast, not actuals.</param>
/// <param name="StartVarianceDays">Calendar days late (negative: early) at the start.</param>
/// <param name="FinishVarianceDays">Calendar days late at the finish.</param>
/// <param name="DurationGrowthDays">Calendar days longer than planned.</param>
public sealed record ActivityVariance(
    string Id, Responsibility Party, LocalDate PlannedStart, LocalDate PlannedFinish, LocalDate ActualStart, LocalDate ActualFinish, bool Forecast,
    int StartVarianceDays, int FinishVarianceDays, int DurationGrowthDays);
