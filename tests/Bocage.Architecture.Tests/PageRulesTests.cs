using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Architecture.Tests;

/// <summary>
/// Pages and endpoints say what they need in their signatures, so a reader (and the container at start-up)
/// sees every dependency; a class that needs more than six is doing several use cases.
/// </summary>
public sealed partial class PageRulesTests
{
    private const int MaxDependencies = 6;

    private static IEnumerable<Type> BocageTypes() =>
        new[] { "Bocage.Kernel", "Bocage.Kernel.Web", "Bocage.Web" }
            .Concat(Projects.Engines().Select(Projects.NameOf))
            .Concat(Projects.All().Where(Projects.IsContracts).Select(Projects.NameOf))
            .Distinct()
            .SelectMany(n => Assembly.Load(n).GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !t.Name.Contains('<', StringComparison.Ordinal));

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$") is not null;

    /// <summary>
    /// A service the container gives: an interface or a class that is not data (string, record, array, delegate).
    /// </summary>
    private static bool IsDependency(Type t) =>
        t.IsInterface
        || (t.IsClass && t != typeof(string) && !t.IsArray && !typeof(Delegate).IsAssignableFrom(t) && !IsRecord(t));

    private static bool IsServiceLocator(Type t) => t == typeof(IServiceProvider) || t == typeof(IServiceScopeFactory);

    [Fact]
    public void No_class_takes_more_than_six_dependencies()
    {
        var over = BocageTypes()
            .Where(t => !IsRecord(t))
            .Select(t =>
                (
                    Type: t,
                    Count: t.GetConstructors()
                        .Select(c => c.GetParameters().Count(p => IsDependency(p.ParameterType)))
                        .DefaultIfEmpty()
                        .Max()
                )
            )
            .Where(x => x.Count > MaxDependencies)
            .Select(x => $"{x.Type.FullName} ({x.Count})")
            .ToList();

        Assert.True(over.Count == 0, "More than six dependencies: " + string.Join(", ", over));
    }

    [Fact]
    public void Page_models_take_no_service_provider()
    {
        var pages = BocageTypes().Where(t => t.IsSubclassOf(typeof(PageModel))).ToList();
        Assert.NotEmpty(pages);
        var offending = pages
            .SelectMany(t =>
                t.GetConstructors()
                    .SelectMany(c => c.GetParameters())
                    .Concat(
                        t.GetMethods()
                            .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal))
                            .SelectMany(m => m.GetParameters())
                    )
                    .Where(p => IsServiceLocator(p.ParameterType))
                    .Select(p => t.FullName!)
            )
            .Distinct()
            .ToList();

        Assert.True(offending.Count == 0, "Service location in: " + string.Join(", ", offending));
    }

    [GeneratedRegex(@"RequestServices\s*\.\s*Get(Required)?Service|RequestServices\s*[,)]")]
    private static partial Regex RequestServices();

    [Fact]
    public void Pages_and_endpoints_resolve_no_service_from_the_request()
    {
        var offending = Repository
            .Files("src", "*.cs")
            .Select(f => Repository.Relative(f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f =>
                f.Contains("/Areas/", StringComparison.Ordinal)
                || f.Contains("/Pages/", StringComparison.Ordinal)
                || f.Contains("/Api/", StringComparison.Ordinal)
            )
            .Where(f => RequestServices().IsMatch(File.ReadAllText(Repository.PathOf(f))))
            .ToList();

        Assert.True(offending.Count == 0, "Service location in: " + string.Join(", ", offending));
    }
}
