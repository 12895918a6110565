using NodaTime;

namespace Docket.Core.CaseFiles;

/// <summary>A date as the case states it ("by June 2023") and the last day it can mean (2023-06-30), when known.</summary>
public sealed record CaseFileDate(string Text, LocalDate? Latest);
