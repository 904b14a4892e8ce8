using System.Text;

namespace Bocage.Testing;

/// <summary>
/// A stream that encodes lines (UTF-8) as they are read: a test can send tens of megabytes without
/// holding them, as a browser sends a file from disk.
/// </summary>
public sealed class GeneratedStream(IEnumerable<string> lines) : Stream
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();
    private readonly byte[] _pending = new byte[64 * 1024];
    private int _offset;
    private int _length;

    public long BytesRead { get; private set; }

    /// <summary>Called after each read with the bytes read so far (to cancel an upload midway, say).</summary>
    public Action<long>? AfterRead { get; init; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_offset == _length)
            {
                if (!_lines.MoveNext())
                {
                    break;
                }
                // Lines longer than the buffer are not needed by any test.
                _length = Encoding.UTF8.GetBytes(_lines.Current, _pending);
                _offset = 0;
            }
            var count = Math.Min(buffer.Length - written, _length - _offset);
            _pending.AsSpan(_offset, count).CopyTo(buffer[written..]);
            _offset += count;
            written += count;
        }
        BytesRead += written;
        AfterRead?.Invoke(BytesRead);
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }
        base.Dispose(disposing);
    }
}
