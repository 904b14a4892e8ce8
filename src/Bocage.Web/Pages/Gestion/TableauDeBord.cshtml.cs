using Bocage.Kernel.Accounts;
using Bocage.Kernel.Dashboard;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages.Gestion;

/// <summary>
/// What elected officials follow: how far the roadmap is served and how the platform is used, for
/// the communes of their grant. Engines add their own figures as they land.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + DashboardPermissions.Read)]
public sealed class TableauDeBordModel(
    AccountsDb accounts,
    KernelDb kernel,
    ModuleRegistry modules,
    PermissionChecker permissions,
    TimeProvider clock,
    IEnumerable<IDashboardSource> engines
) : PageModel
{
    public IReadOnlyDictionary<RoadmapStatus, int> Roadmap { get; private set; } = new Dictionary<RoadmapStatus, int>();

    public int Inhabitants { get; private set; }

    public int Businesses { get; private set; }

    public int ActiveMandates { get; private set; }

    public int MailsSent { get; private set; }

    public IReadOnlyList<(string Commune, int Actions)> ActionsByCommune { get; private set; } = [];

    /// <summary>The engines' figures: files and processing times, payments per régie, datasets.</summary>
    public IReadOnlyList<DashboardTable> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-30);
        var ids = await kernel.RoadmapActions.AsNoTracking().Select(a => a.Id).ToListAsync(cancellationToken);
        Roadmap = ids.GroupBy(modules.StatusOf).ToDictionary(g => g.Key, g => g.Count());
        Inhabitants = await accounts.Users.CountAsync(u => u.Kind == AccountKind.Inhabitant, cancellationToken);
        Businesses = await accounts.Companies.CountAsync(cancellationToken);
        ActiveMandates = await accounts.Mandates.CountAsync(
            m => m.RevokedAt == null && m.ExpiresAt > now,
            cancellationToken
        );
        MailsSent = await kernel.MailMessages.CountAsync(m => m.SentAt != null && m.SentAt > since, cancellationToken);
        var scope = await permissions.ScopeAsync(
            User.RequiredAccountId(),
            DashboardPermissions.Read,
            cancellationToken
        );
        var communes = (await kernel.Communes.AsNoTracking().ToListAsync(cancellationToken))
            .Where(c => scope.AllowsCommune(c.Insee))
            .ToDictionary(c => c.Insee, c => c.Name);
        var inseeCodes = communes.Keys.ToList();
        var counts = await kernel
            .AuditEntries.AsNoTracking()
            .Where(e => e.At > since && e.CommuneInsee != null && inseeCodes.Contains(e.CommuneInsee))
            .GroupBy(e => e.CommuneInsee!)
            .Select(g => new { Insee = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        ActionsByCommune = communes
            .Select(c => (c.Value, counts.FirstOrDefault(x => x.Insee == c.Key)?.Count ?? 0))
            .OrderBy(x => x.Value, Bocage.Kernel.Territory.FrenchOrder.Names)
            .ToList();
        var territory = await kernel
            .Intercommunalities.AsNoTracking()
            .Select(t => t.Name)
            .FirstAsync(cancellationToken);
        var place = new DashboardScope(
            communes.OrderBy(c => c.Value, Bocage.Kernel.Territory.FrenchOrder.Names).ToDictionary(),
            scope.Everything,
            territory
        );
        var tables = new List<DashboardTable>();
        foreach (var engine in engines)
        {
            tables.AddRange(await engine.TablesAsync(place, cancellationToken));
        }
        Tables = tables;
    }
}
