using Docket.Web.Hosting;

// `docket serve` runs the same application; this entry point is for `dotnet run --project src/Docket.Web` and the tests.
var app = await DocketWebApp.BuildAsync(args, WebSettings.FromConfiguration);
await app.RunAsync();

/// <summary>The web application's entry point (named for WebApplicationFactory in the tests).</summary>
public partial class Program;
