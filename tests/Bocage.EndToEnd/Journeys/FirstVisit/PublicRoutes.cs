using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.EndToEnd.Journeys.FirstVisit;

/// <summary>A page anyone may open: its route, and the address to open when the route needs no value.</summary>
public sealed record PublicRoute(string Template, string? Path, Regex Matcher);

/// <summary>
/// The public pages, discovered from the application's own endpoints rather than listed by hand, so that a page
/// added tomorrow is walked too: every Razor page that asks for no authorisation.
/// </summary>
public static class PublicRoutes
{
    public static IReadOnlyList<PublicRoute> Discover(IServiceProvider services) =>
        services
            .GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e =>
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || e.Metadata.GetMetadata<IAuthorizeData>() is null
            )
            // An Index page answers at its folder and at …/Index: one address per page is enough.
            .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.Id)
            .Select(g => g.Select(e => e.RoutePattern).OrderBy(p => (p.RawText ?? "").Length).First())
            .Select(p => new PublicRoute("/" + (p.RawText ?? "").TrimStart('/'), PathWithoutValues(p), Matcher(p)))
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToList();

    /// <summary>The address of a route whose parameters are all optional; null when one needs a value.</summary>
    private static string? PathWithoutValues(RoutePattern pattern)
    {
        if (pattern.Parameters.Any(p => !p.IsOptional && p.Default is null))
        {
            return null;
        }
        var literals = pattern
            .PathSegments.Where(s => s.Parts.All(part => part.IsLiteral))
            .Select(s => string.Concat(s.Parts.Cast<RoutePatternLiteralPart>().Select(l => l.Content)));
        return "/" + string.Join('/', literals);
    }

    /// <summary>Recognises an address of the route, to pick a sample for a route that needs values.</summary>
    private static Regex Matcher(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(s =>
            s.Parts.All(part => part.IsLiteral)
                ? Regex.Escape(string.Concat(s.Parts.Cast<RoutePatternLiteralPart>().Select(l => l.Content)))
                : "[^/]+"
        );
        return new Regex("^/" + string.Join('/', segments) + "$", RegexOptions.IgnoreCase);
    }
}
