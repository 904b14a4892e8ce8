using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>
/// The application, keeping the reasons it gives in its log for refusing a provider's answer, so that
/// a test knows a forgery was refused for what it forged and not for something else.
/// </summary>
internal sealed class RecordingFactory(DatabaseProvider db, ConcurrentQueue<string> refusals) : BocageFactory(db)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new Recorder(refusals)));
    }

    private sealed class Recorder(ConcurrentQueue<string> refusals) : ILoggerProvider, ILogger
    {
        private const string Category = "Bocage.Web.Accounts.IdentityProviderSetup";
        private bool _enabled;

        public ILogger CreateLogger(string categoryName) =>
            new Recorder(refusals) { _enabled = categoryName == Category };

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => _enabled;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            if (_enabled)
            {
                refusals.Enqueue(exception?.Message ?? formatter(state, exception));
            }
        }

        public void Dispose() { }
    }
}
