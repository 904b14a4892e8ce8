using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Files;

/// <summary>Talks to clamd over TCP with its INSTREAM and PING commands (null-terminated "z" form).</summary>
public sealed class ClamAvClient(IOptions<ClamAvOptions> options, ILogger<ClamAvClient> logger)
{
    private const int ChunkSize = 64 * 1024;
    private const int MaxReplyBytes = 4096;

    public async Task<ScanVerdict> ScanAsync(
        ReadOnlyMemory<byte> content,
        CancellationToken cancellationToken = default
    )
    {
        await using var stream = MemoryStreams.Over(content);
        return await ScanAsync(stream, cancellationToken);
    }

    /// <summary>Sends the stream from its current position to its end in chunks: only one chunk is in memory.</summary>
    public async Task<ScanVerdict> ScanAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            var reply = await ExchangeAsync(
                async (stream, progressed, token) =>
                {
                    await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), token);
                    var chunk = new byte[4 + ChunkSize];
                    int read;
                    while ((read = await content.ReadAsync(chunk.AsMemory(4, ChunkSize), token)) > 0)
                    {
                        BinaryPrimitives.WriteInt32BigEndian(chunk, read);
                        await stream.WriteAsync(chunk.AsMemory(0, 4 + read), token);
                        progressed();
                    }
                    BinaryPrimitives.WriteInt32BigEndian(chunk, 0);
                    await stream.WriteAsync(chunk.AsMemory(0, 4), token);
                },
                cancellationToken
            );
            return ScanVerdict.FromReply(reply);
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            logger.LogError(ex, "clamd at {Host}:{Port} gave no verdict", options.Value.Host, options.Value.Port);
            return new ScanVerdict.Failed(ex is OperationCanceledException ? "timeout" : ex.Message);
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var reply = await ExchangeAsync(
                (stream, _, token) => stream.WriteAsync("zPING\0"u8.ToArray(), token).AsTask(),
                cancellationToken
            );
            return reply.Trim('\0', '\n') == "PONG";
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return false;
        }
    }

    // The caller's own cancellation is not clamd's fault: let it propagate.
    private static bool IsUnavailable(Exception ex, CancellationToken callerToken) =>
        ex is SocketException or IOException
        || (ex is OperationCanceledException && !callerToken.IsCancellationRequested);

    // The timeout bounds each silence of clamd (connecting, taking a chunk, giving its verdict) rather than
    // the whole exchange, so a 200 MB file is not cut off while clamd keeps reading it.
    private async Task<string> ExchangeAsync(
        Func<NetworkStream, Action, CancellationToken, Task> send,
        CancellationToken cancellationToken
    )
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(options.Value.Host, options.Value.Port, deadline.Token);
        await using var stream = client.GetStream();
        await send(stream, () => deadline.CancelAfter(options.Value.Timeout), deadline.Token);
        var reply = new byte[MaxReplyBytes];
        var length = 0;
        while (length < reply.Length)
        {
            var read = await stream.ReadAsync(reply.AsMemory(length), deadline.Token);
            if (read == 0)
            {
                break;
            }
            length += read;
            if (reply.AsSpan(0, length).Contains((byte)0))
            {
                break;
            }
        }
        return Encoding.UTF8.GetString(reply, 0, length);
    }
}
