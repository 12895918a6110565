using System.Collections.Immutable;
using Docket.Core.Cases;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>
/// The data behind the assessment's judgements (<c>docket.rules/1</c>): the words that tie evidence to a topic, the
/// question that would settle an obligation of each topic, the phrases that say a weaker method was used, and the words
/// of acceptance criteria (frequencies, scope, participation).
/// </summary>
/// <param name="Id">Unique id ("assessment").</param>
/// <param name="Revision">The rules' own revision.</param>
/// <param name="TopicWords">Words that tie a piece of evidence's description to a topic.</param>
/// <param name="SettlingFacts">Per topic kebab name, and "*" for the rest (always present), the question whose answer would settle it; {obligor}, {other}, {standard} and {text} are filled in.</param>
/// <param name="WeakerMethodPhrases">Phrases saying a method other than, and weaker than, the required one was used.</param>
/// <param name="PromiseWords">Words that, shortly before an algorithm's name, make it the required one ("agreed to employ AES-256").</param>
/// <param name="Frequencies">Words for how often something is done ("weekly", "every quarter"), each with its interval in days (0: continuous).</param>
/// <param name="ScopeWords">Words that make a promise cover everything it names ("all staff", "every log source"): 100 % coverage.</param>
/// <param name="ParticipationWords">Words that report who took part ("minimal participation", "212 people attending").</param>
/// <param name="FileName">The file it was read from.</param>
public sealed record AssessmentRules(
    string Id,
    int Revision,
    ImmutableDictionary<ObligationTopic, ImmutableArray<string>> TopicWords,
    ImmutableDictionary<string, string> SettlingFacts,
    ImmutableArray<string> WeakerMethodPhrases,
    ImmutableArray<string> PromiseWords,
    ImmutableDictionary<string, int> Frequencies,
    ImmutableArray<string> ScopeWords,
    ImmutableArray<string> ParticipationWords,
    string FileName);
