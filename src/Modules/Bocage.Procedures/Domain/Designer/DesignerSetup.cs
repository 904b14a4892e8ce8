using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>Services of the procedure designer, registered by the module in one line.</summary>
internal static class DesignerSetup
{
    public static void AddDesigner(this IServiceCollection services)
    {
        services.AddScoped<DesignerService>();
        services.AddScoped<Export.FileExport>();
        services.AddScoped<Statistics.ProcedureStatistics>();
    }
}
