using Docket.Core.Text;
using NodaTime;

namespace Docket.Core.Chronology;

/// <summary>One dated fact of a case, with its source, who asserts it and whether it is contested.</summary>
/// <param name="Id">The event ("E2"), obligation ("O3 due") or contract fact ("contract signed").</param>
/// <param name="DateText">The date as written ("by June 2022").</param>
/// <param name="Earliest">The first day the date can mean.</param>
/// <param name="Latest">The last day it can mean.</param>
/// <param name="Precision">year, quarter, month, day or range: the uncertainty is Earliest to Latest.</param>
/// <param name="Qualifier">on, by, before, after or about.</param>
/// <param name="Kind">contract-signed, deadline, audit, breach, notice, termination, due or other.</param>
/// <param name="Summary">The words that state it.</param>
/// <param name="Span">Where they are in the source.</param>
/// <param name="Entry">The ledger entry that added it, when a user did.</param>
/// <param name="AssertedBy">The party in whose account it appears; null when the narrative states it.</param>
/// <param name="Standing">undisputed, or disputed (it sits in one party's account of an issue the other party answers).</param>
/// <param name="Issue">The issue whose account holds it, when one does.</param>
public sealed record ChronologyFact(
    string Id,
    string DateText,
    LocalDate Earliest,
    LocalDate Latest,
    string Precision,
    string Qualifier,
    string Kind,
    string Summary,
    SourceSpan? Span,
    long? Entry,
    string? AssertedBy,
    string Standing,
    int? Issue);
