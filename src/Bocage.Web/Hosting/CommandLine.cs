using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;

namespace Bocage.Web.Hosting;

/// <summary>Operations run from the command line instead of serving.</summary>
internal static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var words = args.Where(a => !a.StartsWith('-') && !a.Contains('=')).ToArray();
        switch (words)
        {
            case ["migrate"]:
                await DatabasePreparation.MigrateAllAsync(app.Services);
                Console.WriteLine("Base de données à jour.");
                return true;
            case ["audit", "verify"]:
                using (var scope = app.Services.CreateScope())
                {
                    var broken = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync();
                    Console.WriteLine(
                        broken is null
                            ? "Journal d'audit intègre."
                            : $"Journal d'audit altéré à partir de l'entrée {broken}."
                    );
                    Environment.ExitCode = broken is null ? 0 : 1;
                }
                return true;
            default:
                return false;
        }
    }
}
