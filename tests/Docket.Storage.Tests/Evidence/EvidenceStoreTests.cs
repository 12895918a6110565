using System.Security.Cryptography;
using System.Text;
using Docket.Storage.Evidence;
using Xunit;

namespace Docket.Storage.Tests.Evidence;

public sealed class EvidenceStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("docket-evidence-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task AddAsync_File_IsStoredUnderItsSha256()
    {
        var store = new EvidenceStore(_root);
        var content = Encoding.UTF8.GetBytes("audit report: 11 of 64 components still use 3DES");
        var hash = await store.AddAsync(new MemoryStream(content), TestContext.Current.CancellationToken);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), hash);
        Assert.True(store.Contains(hash));
        await using var read = store.OpenRead(hash);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(content, copy.ToArray());
        Assert.Empty(Directory.GetFiles(_root, ".incoming-*"));
    }

    [Fact]
    public async Task AddAsync_SameFileTwice_StoresOneCopy()
    {
        var store = new EvidenceStore(_root);
        var first = await store.AddAsync(new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        var second = await store.AddAsync(new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        Assert.Equal(first, second);
        Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task VerifyAsync_ChangedFile_Fails()
    {
        var store = new EvidenceStore(_root);
        var hash = await store.AddAsync(new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        Assert.True(await store.VerifyAsync(hash, TestContext.Current.CancellationToken));
        var path = Directory.GetFiles(_root, hash, SearchOption.AllDirectories).Single();
        await File.WriteAllBytesAsync(path, [1, 2, 4], TestContext.Current.CancellationToken);
        Assert.False(await store.VerifyAsync(hash, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    public void OpenRead_NotAHash_Throws(string name)
    {
        var store = new EvidenceStore(_root);
        Assert.False(store.Contains(name));
        Assert.Throws<ArgumentException>(() => store.OpenRead(name));
    }
}
