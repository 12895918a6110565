using NodaTime;

namespace Docket.Core.Scheduling;

/// <summary>An activity or milestone of a schedule.</summary>
/// <param name="Id">Unique within the schedule.</param>
/// <param name="Name">What it is.</param>
/// <param name="Duration">Original duration in working days on its calendar (0 for a milestone).</param>
/// <param name="Responsible">Who bears its risk; client-owned prerequisites (access, documentation, approvals, test sign-off) are <see cref="Responsibility.Client"/>.</param>
public sealed record Activity(string Id, string Name, int Duration, Responsibility Responsible = Responsibility.Supplier)
{
    /// <summary>Task, milestone or level of effort.</summary>
    public ActivityKind Kind { get; init; } = Duration == 0 ? ActivityKind.Milestone : ActivityKind.Task;

    /// <summary>Its calendar's id; null for the schedule's default.</summary>
    public string? Calendar { get; init; }

    /// <summary>A date constraint.</summary>
    public ConstraintKind Constraint { get; init; }

    /// <summary>The constraint's date.</summary>
    public LocalDate? ConstraintDate { get; init; }

    /// <summary>When it actually started.</summary>
    public LocalDate? ActualStart { get; init; }

    /// <summary>When it actually finished (inclusive: the last day worked).</summary>
    public LocalDate? ActualFinish { get; init; }

    /// <summary>Working days left at the data date, for an activity in progress; else worked out from the duration.</summary>
    public int? RemainingDuration { get; init; }
}
