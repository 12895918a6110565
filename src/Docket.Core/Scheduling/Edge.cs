namespace Docket.Core.Scheduling;

/// <summary>A link between activity indexes.</summary>
internal readonly record struct Edge(int From, int To, LinkType Type, int Lag);
