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

    public async Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        try
        {
            var reply = await ExchangeAsync(async (stream, token) =>
            {
                await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), token);
                var header = new byte[4];
                for (var offset = 0; offset < content.Length; offset += ChunkSize)
                {
                    var chunk = content.Slice(offset, Math.Min(ChunkSize, content.Length - offset));
                    BinaryPrimitives.WriteInt32BigEndian(header, chunk.Length);
                    await stream.WriteAsync(header, token);
                    await stream.WriteAsync(chunk, token);
                }
                BinaryPrimitives.WriteInt32BigEndian(header, 0);
                await stream.WriteAsync(header, token);
            }, cancellationToken);
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
            var reply = await ExchangeAsync((stream, token) => stream.WriteAsync("zPING\0"u8.ToArray(), token).AsTask(), cancellationToken);
            return reply.Trim('\0', '\n') == "PONG";
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return false;
        }
    }

    // The caller's own cancellation is not clamd's fault: let it propagate.
    private static bool IsUnavailable(Exception ex, CancellationToken callerToken) =>
        ex is SocketException or IOException || (ex is OperationCanceledException && !callerToken.IsCancellationRequested);

    private async Task<string> ExchangeAsync(Func<NetworkStream, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(options.Value.Host, options.Value.Port, deadline.Token);
        await using var stream = client.GetStream();
        await send(stream, deadline.Token);
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
