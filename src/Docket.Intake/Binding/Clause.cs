namespace Docket.Intake.Binding;

/// <summary>A clause of a sentence, with the party it is attributed to (its speaker) and the kind of cue verb that attributes it.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">Just past the last character.</param>
/// <param name="SpeakerId">The party whose statement it is; null for narrative.</param>
/// <param name="Cue">The cue verb's kind.</param>
/// <param name="Continues">True when it carries on the previous speaker's statement without a cue of its own.</param>
internal readonly record struct Clause(int Start, int End, string? SpeakerId, CueKind Cue, bool Continues);
