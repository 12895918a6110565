using System.Collections.Immutable;

namespace Docket.Core.Scheduling;

/// <summary>The schedule cannot be computed; <see cref="Errors"/> says why, activity by activity.</summary>
public sealed class ScheduleException : Exception
{
    /// <summary>Creates the exception from its errors.</summary>
    public ScheduleException(ImmutableArray<ScheduleError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ScheduleException()
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ScheduleException(string message)
        : base(message)
    {
        Errors = [new ScheduleError(ScheduleErrorCodes.BadFile, "(schedule)", message)];
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public ScheduleException(string message, Exception inner)
        : base(message, inner)
    {
        Errors = [new ScheduleError(ScheduleErrorCodes.BadFile, "(schedule)", message)];
    }

    /// <summary>What is wrong.</summary>
    public ImmutableArray<ScheduleError> Errors { get; }
}
