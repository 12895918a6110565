using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Docket.Web.Api;

/// <summary>RFC 9457 problem details carrying Docket's diagnostic code in the <c>code</c> extension.</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string title, string? detail = null, IDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?>(more ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { ["code"] = code };
        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
    }

    public static ProblemHttpResult NoCase() => Of(StatusCodes.Status404NotFound, WebCodes.NoCase, "No such case", "There is no case with this id among yours.");

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, WebCodes.RoleForbids, "Your role in this case does not allow this", detail);

    public static ProblemHttpResult Invalid(string detail) => Of(StatusCodes.Status400BadRequest, WebCodes.Invalid, "The request is not valid", detail);

    public static ProblemHttpResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, WebCodes.NotFound, "Not found", detail);
}
