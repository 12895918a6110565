using System.Security.Cryptography;

namespace Docket.Storage.Evidence;

/// <summary>
/// A content-addressed store of evidence files in a folder: each file is kept once, under its lower-case hex SHA-256
/// (<c>ab/cd/abcd…</c>), so the same file added twice is stored once and a ledger entry can name it by hash alone.
/// </summary>
/// <remarks>
/// Writes go to a temporary file in the store and are moved into place only when complete and flushed, so a crash
/// never leaves a partial file under a hash. Files are never changed or deleted by the store.
/// </remarks>
public sealed class EvidenceStore
{
    /// <summary>Uses (and creates) the folder <paramref name="root"/>.</summary>
    public EvidenceStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The store's folder.</summary>
    public string Root { get; }

    /// <summary>Stores the content of <paramref name="content"/> and returns its SHA-256; an existing copy is kept.</summary>
    public async Task<string> AddAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(Root, ".incoming-" + Guid.NewGuid().ToString("N"));
        string hash;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            var target = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                File.Move(temp, target, overwrite: false);
            }
        }
        finally
        {
            File.Delete(temp);
        }

        return hash;
    }

    /// <summary>True when a file with this hash is stored.</summary>
    public bool Contains(string sha256) => IsHash(sha256) && File.Exists(PathOf(sha256));

    /// <summary>Opens a stored file for reading.</summary>
    /// <exception cref="FileNotFoundException">No file has this hash.</exception>
    public Stream OpenRead(string sha256)
    {
        if (!IsHash(sha256))
        {
            throw new ArgumentException("A SHA-256 is 64 lower-case hex digits.", nameof(sha256));
        }

        return new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    /// <summary>Rehashes a stored file; true when its content still has its name's hash.</summary>
    public async Task<bool> VerifyAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!Contains(sha256))
        {
            return false;
        }

        await using var stream = OpenRead(sha256);
        var actual = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(actual) == sha256;
    }

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);

    private static bool IsHash(string? s) => s is { Length: 64 } && s.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
