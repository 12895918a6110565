using Microsoft.EntityFrameworkCore.Design;

namespace Docket.Storage.Postgres;

/// <summary>The context `dotnet ef migrations add` builds to compare the model with this assembly's migrations (it never connects).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DocketDbContext>
{
    public DocketDbContext CreateDbContext(string[] args) => new(PostgresStorage.Options("Host=localhost;Database=docket_design"));
}
