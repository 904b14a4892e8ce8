using System.Xml.Linq;

namespace Bocage.Architecture.Tests;

/// <summary>The projects under <c>src/</c>, read from their project files.</summary>
internal static class Projects
{
    public static IReadOnlyList<string> All() =>
        Repository.Files("src", "*.csproj").Order(StringComparer.Ordinal).ToList();

    public static string NameOf(string csproj) => Path.GetFileNameWithoutExtension(csproj);

    public static bool IsContracts(string csproj) => NameOf(csproj).EndsWith(".Contracts", StringComparison.Ordinal);

    /// <summary>An engine is a project under <c>src/Modules</c> that is not a Contracts project.</summary>
    public static bool IsEngine(string csproj) =>
        Repository.Relative(csproj).StartsWith($"src{Path.DirectorySeparatorChar}Modules", StringComparison.Ordinal)
        && !IsContracts(csproj);

    public static IReadOnlyList<string> Engines() => All().Where(IsEngine).ToList();

    public static IEnumerable<string> References(string csproj) =>
        XDocument
            .Load(csproj)
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));

    public static IEnumerable<string> Packages(string csproj) =>
        XDocument
            .Load(csproj)
            .Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Select(e => e.Attribute("Include")!.Value);

    /// <summary>The engine's short name: <c>Bocage.OpenData</c> → <c>OpenData</c>.</summary>
    public static string EngineName(string csproj) => NameOf(csproj)["Bocage.".Length..];
}
