using Microsoft.Extensions.Logging;

namespace Bocage.Testing;

/// <summary>
/// Writes the requests that ended in an unhandled exception (a person's « Une erreur est survenue ») to the file
/// named by <c>BOCAGE_SERVER_ERRORS</c>: a browser test only sees the error page, and test.sh prints this file
/// when a test failed, so that a failure in CI tells its cause.
/// </summary>
public sealed class UnhandledErrorLog(string path) : ILoggerProvider, ILogger
{
    public const string Variable = "BOCAGE_SERVER_ERRORS";

    private static readonly Lock Writing = new();

    /// <summary>The log when test.sh asked for one, otherwise none.</summary>
    public static UnhandledErrorLog? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? new UnhandledErrorLog(path) : null;

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("Microsoft.AspNetCore.Diagnostics", StringComparison.Ordinal)
            ? this
            : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    )
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        var lines = new List<string> { $"{DateTime.UtcNow:O} {formatter(state, exception)}" };
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            lines.Add($"  {cause.GetType().FullName}: {cause.Message}");
            // The project's own frames say where; the framework's dozens of frames around them do not.
            lines.AddRange(
                (cause.StackTrace ?? "")
                    .Split('\n')
                    .Where(f => f.Contains(" Bocage.", StringComparison.Ordinal))
                    .Take(8)
                    .Select(f => "    " + f.Trim())
            );
        }
        lock (Writing)
        {
            File.AppendAllLines(path, lines);
        }
    }

    public void Dispose() { }
}
