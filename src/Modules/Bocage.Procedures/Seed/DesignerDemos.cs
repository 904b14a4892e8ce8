using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Designer;
using Bocage.Procedures.Seed.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Seed;

/// <summary>
/// Eleven procedures the CCSA and its communes really run, created and published once (matched by
/// their address: the instruction side's <see cref="DemoProcedures"/> seeds two of the same addresses
/// first, with the forms its tests rely on), and the designer's right for the demo agent of Fourmies.
/// </summary>
internal static class DesignerDemos
{
    public static readonly IReadOnlyList<DemoDefinition> All =
    [
        Cantine.Definition,
        BacOrdures.Definition,
        SalleDesFetes.Definition,
        AidePide.Definition,
        SignalementVoirie.Definition,
        Fibre.Definition,
        AtelierNumerique.Definition,
        Medipass.Definition,
        AttestationAccueil.Definition,
        DeclarationTravaux.Definition,
        DeclarationManifestation.Definition,
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ProceduresDb>();
        var kernel = services.GetRequiredService<KernelDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var organisations = await kernel.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var existing = await db.Procedures.Select(p => p.Slug).ToListAsync(cancellationToken);
        foreach (var demo in All.Where(d => !existing.Contains(d.Slug)))
        {
            var procedure = Procedure.Create(demo.Slug, demo.Title, now);
            procedure.Description = demo.Description;
            procedure.Theme = demo.Theme;
            procedure.CommuneInsee = demo.CommuneInsee;
            procedure.Audience = demo.Audience;
            procedure.ServiceId = organisations.FirstOrDefault(o => o.Slug == demo.ServiceSlug)?.Id;
            procedure.DraftVersion(now).TryEdit(demo.Form, demo.Workflow);
            procedure.Publish(now);
            db.Procedures.Add(procedure);
        }
        await db.SaveChangesAsync(cancellationToken);
        await GrantDesignerAsync(services, now, cancellationToken);
    }

    private static Task GrantDesignerAsync(
        IServiceProvider services,
        DateTime now,
        CancellationToken cancellationToken
    ) =>
        DemoGrants.EnsureAsync(
            services.GetRequiredService<AccountsDb>(),
            "agent.fourmies@demo.sud-avesnois.fr",
            DesignerService.Permission,
            GrantScope.Organisation("mairie-fourmies"),
            now,
            cancellationToken
        );
}
