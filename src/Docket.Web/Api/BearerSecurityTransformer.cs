using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Docket.Web.Api;

/// <summary>Declares the personal-token bearer scheme in the OpenAPI document and requires it on every operation.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Docket API";
        document.Info.Description = "Cases, their ledger entries, evidence, checkpoints, proofs, analyses and dossiers. Authenticate with a personal API token: 'Authorization: Bearer dkt_…'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal API token (dkt_…), made on the Tokens page or with 'docket token new'.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
