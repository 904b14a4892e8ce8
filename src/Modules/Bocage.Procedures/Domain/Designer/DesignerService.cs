using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// The designer's work on procedures of its scope: loading only what the agent may design, saving
/// the draft version and publishing, each change written to the audit log.
/// </summary>
internal sealed class DesignerService(
    ProceduresDb db,
    KernelDb kernel,
    PermissionChecker permissions,
    AuditLog audit,
    TimeProvider clock
)
{
    public const string Permission = "procedures.design";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<AccessScope> ScopeAsync(string accountId, CancellationToken ct = default) =>
        permissions.ScopeAsync(accountId, Permission, ct);

    public async Task<IReadOnlyList<Organisation>> ServicesAsync(AccessScope scope, CancellationToken ct = default)
    {
        var all = await kernel.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return all.Where(o => scope.AllowsOrganisation(o.Slug, o.CommuneInsee)).ToList();
    }

    public async Task<IReadOnlyList<Commune>> CommunesAsync(CancellationToken ct = default) =>
        await kernel.Communes.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);

    /// <summary>
    /// May the agent design a procedure owned by this commune (null: the intercommunality) and service?
    /// </summary>
    public static bool Allows(AccessScope scope, string? communeInsee, Organisation? service) =>
        scope.Everything
        || (communeInsee is not null && scope.AllowsCommune(communeInsee))
        || (
            service is not null
            && scope.AllowsOrganisation(service.Slug, service.CommuneInsee)
            && (communeInsee is null || communeInsee == service.CommuneInsee)
        );

    public async Task<IReadOnlyList<Procedure>> ListAsync(AccessScope scope, CancellationToken ct = default)
    {
        var all = await db.Procedures.AsNoTracking().Include(p => p.Versions).OrderBy(p => p.Title).ToListAsync(ct);
        var services = await kernel.Organisations.AsNoTracking().ToListAsync(ct);
        return all.Where(p => Allows(scope, p.CommuneInsee, ServiceOf(p, services))).ToList();
    }

    /// <summary>
    /// The procedure with its versions when the agent may design it; null otherwise (answered as not found).
    /// </summary>
    public async Task<Procedure?> FindAsync(string accountId, Guid id, CancellationToken ct = default)
    {
        var procedure = await db.Procedures.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (procedure is null)
        {
            return null;
        }
        var scope = await ScopeAsync(accountId, ct);
        var services = await kernel.Organisations.AsNoTracking().ToListAsync(ct);
        return Allows(scope, procedure.CommuneInsee, ServiceOf(procedure, services)) ? procedure : null;
    }

    public static Organisation? ServiceOf(Procedure procedure, IEnumerable<Organisation> services) =>
        procedure.ServiceId is { } id ? services.FirstOrDefault(o => o.Id == id) : null;

    public Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken ct = default) =>
        db.Procedures.AnyAsync(p => p.Slug == slug && p.Id != except, ct);

    public async Task CreateAsync(string accountId, Procedure procedure, CancellationToken ct = default)
    {
        procedure.DraftVersion(Now);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(ct);
        await AuditAsync(accountId, "procedures.design.create", procedure, procedure.Title, ct);
    }

    public async Task SaveSettingsAsync(string accountId, Procedure procedure, CancellationToken ct = default)
    {
        await db.SaveChangesAsync(ct);
        await AuditAsync(accountId, "procedures.design.settings", procedure, procedure.Title, ct);
    }

    /// <summary>
    /// Replaces the draft's form and workflow; <paramref name="what"/> says what changed, for the audit log.
    /// </summary>
    public async Task SaveDraftAsync(
        string accountId,
        Procedure procedure,
        FormSchema form,
        WorkflowDefinition workflow,
        string what,
        CancellationToken ct = default
    )
    {
        var draft = TrackedDraft(procedure);
        if (!draft.TryEdit(form, workflow))
        {
            throw new InvalidOperationException("A published version cannot change.");
        }
        await db.SaveChangesAsync(ct);
        await AuditAsync(accountId, "procedures.design.edit", procedure, $"v{draft.Number}: {what}", ct);
    }

    /// <summary>Publishes the draft when its form and workflow are valid; returns the mistakes otherwise.</summary>
    public async Task<List<DesignError>> PublishAsync(
        string accountId,
        Procedure procedure,
        CancellationToken ct = default
    )
    {
        var draft = TrackedDraft(procedure);
        var errors = FieldRules.CheckForm(draft.Form);
        errors.AddRange(WorkflowRules.Check(draft.Workflow, draft.Form));
        if (errors.Count > 0)
        {
            return errors;
        }
        procedure.Publish(Now);
        await db.SaveChangesAsync(ct);
        await AuditAsync(accountId, "procedures.design.publish", procedure, $"v{draft.Number}", ct);
        return errors;
    }

    /// <summary>
    /// The draft version, added to the context when it was just started from the last published one:
    /// its key is set in code, so EF would otherwise take it for an existing row.
    /// </summary>
    private ProcedureVersion TrackedDraft(Procedure procedure)
    {
        var draft = procedure.DraftVersion(Now);
        if (db.Entry(draft).State == EntityState.Detached)
        {
            db.Versions.Add(draft);
        }
        return draft;
    }

    private Task AuditAsync(
        string accountId,
        string action,
        Procedure procedure,
        string details,
        CancellationToken ct
    ) =>
        audit.AppendAsync(
            AuditActor.Of(accountId),
            action,
            $"procedure:{procedure.Slug}",
            procedure.CommuneInsee,
            new string(details.Where(c => !char.IsControl(c)).Take(500).ToArray()),
            cancellationToken: ct
        );
}
