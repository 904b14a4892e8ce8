using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Data.Backups;

namespace Bocage.Web.Hosting;

/// <summary>
/// Operations run from the command line instead of serving: <c>migrate</c>, <c>audit verify</c>, <c>backup dir</c>
/// and <c>restore dir</c> (the site stopped).
/// </summary>
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
            case ["backup", var directory]:
                using (var scope = app.Services.CreateScope())
                {
                    await scope.ServiceProvider.GetRequiredService<InstanceBackup>().BackupAsync(directory);
                    Console.WriteLine($"Sauvegarde écrite dans {Path.GetFullPath(directory)}.");
                }
                return true;
            case ["restore", var directory]:
                using (var scope = app.Services.CreateScope())
                {
                    await scope.ServiceProvider.GetRequiredService<InstanceBackup>().RestoreAsync(directory);
                    Console.WriteLine($"Sauvegarde {Path.GetFullPath(directory)} restaurée.");
                }
                return true;
            default:
                return false;
        }
    }
}
