using Bocage.Kernel.Files;

namespace Bocage.Kernel.Tests.Files;

public sealed class BoundedReadTests
{
    [Fact]
    public async Task A_stream_longer_than_the_limit_is_refused_after_reading_one_byte_more()
    {
        using var endless = new EndlessStream();

        var content = await BoundedRead.ReadAsync(endless, 1000);

        Assert.Null(content);
        Assert.Equal(1001, endless.BytesRead);
    }

    [Fact]
    public async Task A_stream_of_exactly_the_limit_is_read_whole()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();

        var content = await BoundedRead.ReadAsync(new MemoryStream(bytes), bytes.Length);

        Assert.Equal(bytes, content);
    }

    [Fact]
    public async Task A_stream_one_byte_over_the_limit_is_refused()
    {
        Assert.Null(await BoundedRead.ReadAsync(new MemoryStream(new byte[200_001]), 200_000));
    }

    /// <summary>A sender that never stops, as a hostile client whose Content-Length lies.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
