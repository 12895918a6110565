namespace Docket.Core.Scheduling;

/// <summary>A dependency between two activities.</summary>
/// <param name="Predecessor">The activity depended on.</param>
/// <param name="Successor">The dependent activity.</param>
/// <param name="Type">FS, SS, FF or SF.</param>
/// <param name="Lag">Working days on the successor's calendar; negative is a lead.</param>
public sealed record Link(string Predecessor, string Successor, LinkType Type = LinkType.FinishToStart, int Lag = 0);
