using System.Threading.RateLimiting;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.OpenData;

public sealed partial class OpenDataModule
{
    static partial void AddCatalogue(IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Data");
        builder.Services.Configure<DataOptions>(section);
        builder.Services.AddSingleton<ModuleDatasets>();
        builder.Services.AddSingleton(TerritoryDatasets.Communes);
        builder.Services.AddSingleton(TerritoryDatasets.Roadmap);
        builder.Services.Configure<RowStorageOptions>(section);
        builder.Services.AddSingleton<ExportFiles>();
        builder.Services.AddScoped<RowStore>();
        builder.Services.AddSingleton<Areas.OpenData.Pages.Donnees.ChartCache>();
        builder.Services.AddSingleton<PeriodCache>();
        builder.Services.AddScoped<CatalogueSearch>();
        builder.Services.AddScoped<Bocage.Kernel.Search.ISearchSource, OpenDataSearchSource>();
        builder.Services.AddScoped<Bocage.Kernel.Dashboard.IDashboardSource, DatasetsDashboard>();
        builder.Services.AddScoped<Publisher>();
        builder.Services.AddScoped<DataFileUploads>();
        builder.Services.AddScoped<DatasetEditor>();
        builder.Services.AddScoped<Areas.OpenData.Pages.Gestion.Donnees.ProducerScope>();
        var perMinute = section.GetValue("ApiRequestsPerMinute", new DataOptions().ApiRequestsPerMinute);
        // Anonymous callers share a budget per address; signed-in producers are not limited.
        builder.Services.Configure<RateLimiterOptions>(o =>
            o.AddPolicy(Api.DataApi.RateLimitPolicy, http =>
                http.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetNoLimiter("signed-in")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = perMinute,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        }
                    )
            )
        );
    }
}
