namespace Docket.Testing;

/// <summary>Finds the repository's folders from wherever the tests run (the artifacts folder, a CI clone).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder upwards that holds Docket.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository (seeds, test vectors), or null when it is absent.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Docket.slnx not found above " + AppContext.BaseDirectory);
    }
}
