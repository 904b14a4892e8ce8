namespace Bocage.Kernel.Files;

/// <summary>Reads a sender's stream into memory up to a limit, whatever length the sender announced.</summary>
public static class BoundedRead
{
    /// <summary>
    /// The whole content, or null when it is longer than <paramref name="maxBytes"/>. At most
    /// <c>maxBytes + 1</c> bytes are read: the one byte past the limit is the proof, the rest is never pulled.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(
        Stream stream,
        long maxBytes,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(maxBytes, (long)Array.MaxLength);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - total);
            if (wanted == 0)
            {
                return null;
            }
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }
            buffer.Write(chunk, 0, read);
            total += read;
        }
    }
}
