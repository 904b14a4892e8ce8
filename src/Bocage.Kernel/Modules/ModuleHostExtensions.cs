using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
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
        var enabled = modules.Where(m => builder.Configuration.GetValue($"Modules:{m.Name}:Enabled", true)).ToList();
        var registry = new ModuleRegistry(enabled);
        builder.Services.AddSingleton(registry);
        foreach (var module in enabled)
        {
            module.AddServices(builder);
        }
        HidePagesOf(
            builder,
            modules
                .Except(enabled)
                .Select(m => m.GetType().Assembly)
                .Except(enabled.Select(m => m.GetType().Assembly))
                .ToHashSet()
        );
        return registry;
    }

    /// <summary>
    /// A switched-off engine's assembly is still referenced by the host, so its pages would be found
    /// (and fail for want of its services): remove them from the application's parts.
    /// </summary>
    private static void HidePagesOf(IHostApplicationBuilder builder, HashSet<Assembly> switchedOff)
    {
        if (switchedOff.Count == 0)
        {
            return;
        }
        builder
            .Services.AddMvcCore()
            .ConfigureApplicationPartManager(manager =>
            {
                var parts = manager
                    .ApplicationParts.Where(part =>
                        part switch
                        {
                            AssemblyPart a => switchedOff.Contains(a.Assembly),
                            CompiledRazorAssemblyPart c => switchedOff.Contains(c.Assembly),
                            _ => false,
                        }
                    )
                    .ToList();
                parts.ForEach(part => manager.ApplicationParts.Remove(part));
            });
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
