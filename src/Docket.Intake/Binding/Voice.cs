namespace Docket.Intake.Binding;

/// <summary>A stretch of the text written by one party to another (a message of an e-mail thread, a quoted passage, a letter).</summary>
/// <param name="Start">First character.</param>
/// <param name="End">Just past the last character.</param>
/// <param name="Writer">Index of the writing party among the candidates; null when unknown.</param>
/// <param name="Reader">Index of the party written to; null when unknown.</param>
/// <param name="Quoted">True for the lines a reply quotes from the message it answers.</param>
internal readonly record struct Voice(int Start, int End, int? Writer, int? Reader, bool Quoted = false);
