namespace Docket.Web.Contracts;

/// <summary>A note to add.</summary>
/// <param name="Text">The note (at most 20,000 characters).</param>
/// <param name="Private">Keep it to the writer's side (claimant or respondent members only).</param>
/// <param name="ShareWithNeutral">Let the neutral read the private note.</param>
/// <param name="WithoutPrejudice">Mark it a without-prejudice offer or communication.</param>
public sealed record NoteBody(string Text, bool Private = false, bool ShareWithNeutral = false, bool WithoutPrejudice = false);
