namespace Docket.Web.Contracts;

/// <summary>A party's position on an issue.</summary>
/// <param name="Issue">The issue's number.</param>
/// <param name="Party">The party's id ("P1").</param>
/// <param name="Stance">"claim" or "defense".</param>
/// <param name="Text">The position in the party's words.</param>
public sealed record PositionBody(int Issue, string Party, string Stance, string Text);
