using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Bocage.Architecture.Tests;

public sealed class QueryBindingRulesTests
{
    /// <summary>Every property of every page model of every project under src/ bound from the query string.</summary>
    private static List<PropertyInfo> QueryBoundProperties() =>
        Projects
            .All()
            .Select(p => Assembly.Load(Projects.NameOf(p)))
            .SelectMany(a => a.GetTypes())
            .Where(t =>
                t is { IsClass: true, IsAbstract: false }
                && t.IsAssignableTo(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel))
            )
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true })
            .ToList();

    /// <summary>
    /// A non-nullable reference type bound on GET is implicitly [Required]: when the query string lacks it, the
    /// page shows « The X field is required » (in English) to every first visitor. Value types and collections
    /// bind to their default when absent, so they are safe; strings and other references must be nullable.
    /// </summary>
    [Fact]
    public void Every_property_bound_from_the_query_string_is_optional()
    {
        var properties = QueryBoundProperties();
        Assert.Contains(properties, p =>
            p.DeclaringType!.FullName == "Bocage.OpenData.Areas.OpenData.Pages.Carte.IndexModel"
        );

        var nullability = new NullabilityInfoContext();
        var required = properties
            .Where(p =>
                !p.PropertyType.IsValueType
                && !(p.PropertyType != typeof(string) && p.PropertyType.IsAssignableTo(typeof(IEnumerable)))
                && nullability.Create(p).WriteState != NullabilityState.Nullable
            )
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToList();
        Assert.True(
            required.Count == 0,
            $"Bound on GET but implicitly required (make them nullable): {string.Join(", ", required)}"
        );
    }
}
