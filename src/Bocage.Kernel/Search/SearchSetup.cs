using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Search;

public static class SearchSetup
{
    public static void AddSiteSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchFreshness>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<SiteSearch>();
        services.AddScoped<ISearchSource, TerritorySearchSource>();
    }
}
