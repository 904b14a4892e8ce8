using System.Globalization;

namespace Bocage.Kernel.Time;

/// <summary>French first; English for tourists; Dutch for our Belgian neighbours.</summary>
public static class SupportedCultures
{
    public const string Default = "fr";

    public static readonly IReadOnlyList<string> Names = ["fr", "en", "nl"];

    public static readonly CultureInfo[] All = Names.Select(n => new CultureInfo(n)).ToArray();

    public static bool IsSupported(string? name) => name is not null && Names.Contains(name);
}
