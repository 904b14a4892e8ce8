using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Modules;

public static class ModuleHostExtensions
{
    /// <summary>
    /// Registers the given modules, skipping those switched off with <c>Modules:{Name}:Enabled=false</c>.
    /// </summary>
    public static ModuleRegistry AddModules(this IHostApplicationBuilder builder, params IModule[] modules)
    {
        var enabled = modules
            .Where(m => builder.Configuration.GetValue($"Modules:{m.Name}:Enabled", true))
            .ToList();
        var registry = new ModuleRegistry(enabled);
        builder.Services.AddSingleton(registry);
        foreach (var module in enabled)
        {
            module.AddServices(builder);
        }
        return registry;
    }

    public static void MapModules(this IEndpointRouteBuilder app)
    {
        var registry = app.ServiceProvider.GetRequiredService<ModuleRegistry>();
        foreach (var module in registry.Modules)
        {
            module.MapEndpoints(app);
        }
    }
}
