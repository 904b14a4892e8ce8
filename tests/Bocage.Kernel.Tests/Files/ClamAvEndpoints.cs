using System.Net;
using System.Net.Sockets;

namespace Bocage.Kernel.Tests.Files;

/// <summary>Ways for clamd to be missing: nobody listening, or a listener that never answers.</summary>
internal static class ClamAvEndpoints
{
    /// <summary>A loopback port that was free a moment ago, so nothing listens there.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Accepts connections (the kernel completes them) and never says a word.</summary>
    public sealed class SilentServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public SilentServer() => _listener.Start();

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public void Dispose() => _listener.Stop();
    }
}
