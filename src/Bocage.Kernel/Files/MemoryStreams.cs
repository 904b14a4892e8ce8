using System.Runtime.InteropServices;

namespace Bocage.Kernel.Files;

internal static class MemoryStreams
{
    /// <summary>A read-only stream over the content, without copying it when it is backed by an array.</summary>
    public static MemoryStream Over(ReadOnlyMemory<byte> content)
    {
        var bytes = MemoryMarshal.TryGetArray(content, out var segment)
            ? segment
            : new ArraySegment<byte>(content.ToArray());
        return new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
    }
}
