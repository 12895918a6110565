using Microsoft.EntityFrameworkCore.Design;

namespace Docket.Storage.Sqlite;

/// <summary>The context `dotnet ef migrations add` builds to compare the model with this assembly's migrations.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DocketDbContext>
{
    public DocketDbContext CreateDbContext(string[] args) => new(SqliteStorage.Options("design-time.db"));
}
