namespace Bocage.Testing;

/// <summary>The throwaway clamd that test.sh starts, announced as <c>host:port</c> in BOCAGE_TEST_CLAMAV.</summary>
public static class TestClamAv
{
    public const string Variable = "BOCAGE_TEST_CLAMAV";

    /// <summary>The daemon's address, or null when the tests run outside test.sh.</summary>
    public static (string Host, int Port)? Configured
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            var colon = value?.LastIndexOf(':') ?? -1;
            return colon > 0 && int.TryParse(value![(colon + 1)..], out var port) ? (value[..colon], port) : null;
        }
    }

    /// <summary>For tests that scan: they fail, rather than skip, when no clamd was started.</summary>
    public static (string Host, int Port) Required() =>
        Configured
        ?? throw new InvalidOperationException(
            $"{Variable} is not set: run the tests through ./test.sh, which starts a throwaway clamd on 127.0.0.1."
        );
}
