namespace Docket.Web.Api;

/// <summary>The web API's diagnostic codes, carried in every problem's <c>code</c> extension (docs/diagnostics.md).</summary>
public static class WebCodes
{
    /// <summary>No such case, or the user is not a member of it (the two are not told apart).</summary>
    public const string NoCase = "WEB001";
    /// <summary>The member's role may not do this (an observer writing, a non-manager adding members).</summary>
    public const string RoleForbids = "WEB002";
    /// <summary>The request is malformed: a field missing, too long or out of range.</summary>
    public const string Invalid = "WEB003";
    /// <summary>The upload is larger than the limit.</summary>
    public const string TooLarge = "WEB004";
    /// <summary>The upload's type is not accepted.</summary>
    public const string TypeRefused = "WEB005";
    /// <summary>Intake could not read the narrative into a case; its diagnostics are in <c>diagnostics</c>.</summary>
    public const string NarrativeUnread = "WEB006";
    /// <summary>No such entry, evidence file, analysis or format.</summary>
    public const string NotFound = "WEB007";
    /// <summary>The PDF needs Chromium, which the server does not have.</summary>
    public const string NoChromium = "WEB008";
    /// <summary>A user could not be created (address taken, weak password).</summary>
    public const string UserRefused = "WEB009";
}
