namespace Docket.Intake.Binding;

/// <summary>Where a party is named (by full name, alias or defined term).</summary>
internal readonly record struct PartyMention(int Start, int End, string PartyId);
