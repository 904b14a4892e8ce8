using System.Buffers;
using System.Security.Cryptography;

namespace Bocage.Kernel.Files;

/// <summary>
/// A sender's content copied to a temporary file in the store's <c>incoming</c> folder, counted and hashed
/// on the way, so that nothing of its size is held in memory while it is sniffed and scanned. The file is
/// deleted on dispose unless <see cref="FileStore"/> moved it into place: a refusal, an exception or a
/// cancellation never leaves it behind.
/// </summary>
internal sealed class IncomingFile : IAsyncDisposable
{
    private const int ChunkSize = 81920;

    private IncomingFile(string path) => Path = path;

    public string Path { get; }

    public long Length { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the content.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>The sender's stream went past the limit; the copy stopped there.</summary>
    public bool TooLarge { get; private set; }

    /// <summary>
    /// Copies <paramref name="source"/> to a new file in <paramref name="folder"/>; at most
    /// <c>maxBytes + 1</c> bytes are pulled, the byte past the limit being the proof of a file too large.
    /// </summary>
    public static async Task<IncomingFile> ReceiveAsync(
        string folder,
        Stream source,
        long maxBytes,
        CancellationToken cancellationToken
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        Directory.CreateDirectory(folder);
        var incoming = new IncomingFile(System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.part"));
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (
                var target = new FileStream(
                    incoming.Path,
                    FileMode.CreateNew,
                    FileAccess.Write,
                    FileShare.None,
                    ChunkSize,
                    FileOptions.Asynchronous | FileOptions.SequentialScan
                )
            )
            {
                long total = 0;
                while (true)
                {
                    var wanted = (int)Math.Min(ChunkSize, maxBytes + 1 - total);
                    var read = await source.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken);
                    if (read == 0)
                    {
                        break;
                    }
                    total += read;
                    if (total > maxBytes)
                    {
                        incoming.TooLarge = true;
                        break;
                    }
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                incoming.Length = total;
            }
            incoming.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return incoming;
        }
        catch
        {
            await incoming.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public FileStream OpenRead() =>
        new(
            Path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            ChunkSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan
        );

    public ValueTask DisposeAsync()
    {
        // Gone already when the store moved it into place.
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
