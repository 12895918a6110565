using Xunit;

namespace Docket.Testing;

/// <summary>
/// Approval testing: compares text with a committed <c>NAME.approved.txt</c> beside the test source. On a
/// mismatch it writes <c>NAME.received.txt</c> (git-ignored) for review and fails; to approve, rename it.
/// </summary>
public static class Approvals
{
    /// <summary>Checks <paramref name="actual"/> against <c>folder/name.approved.txt</c> under the repository.</summary>
    public static void Verify(string folder, string name, string actual)
    {
        var directory = RepositoryPaths.Combine(folder);
        var approved = Path.Combine(directory, name + ".approved.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(approved) && File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal) == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalized);
        Assert.Fail($"Output differs from {approved}; see {received}. If the change is right, rename the received file to approved.");
    }
}
