using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Who a file may be assigned to (the people whose <c>procedures.instruct</c> grant reaches its commune), the
/// assignment itself, and what follows it: a line of history, the audit log and a mail to the new assignee.
/// </summary>
internal sealed class Assignment(
    ProceduresDb db,
    AccountsDb accounts,
    PermissionChecker permissions,
    FileMails mails,
    AuditLog audit,
    TimeProvider clock
)
{
    /// <summary>
    /// The agents who may instruct a file of <paramref name="communeInsee"/> (null: the territory's agents only).
    /// </summary>
    public Task<IReadOnlyList<PermissionHolder>> CandidatesAsync(
        string? communeInsee,
        CancellationToken cancellationToken = default
    ) =>
        permissions.HoldersAsync(
            ProceduresModule.Instruct,
            communeInsee is null ? [] : [communeInsee],
            cancellationToken
        );

    /// <summary>
    /// The agents an inbox may be filtered by: those who may instruct a file somewhere in <paramref name="scope"/>.
    /// </summary>
    public Task<IReadOnlyList<PermissionHolder>> OfScopeAsync(
        AccessScope scope,
        CancellationToken cancellationToken = default
    ) =>
        permissions.HoldersAsync(
            ProceduresModule.Instruct,
            scope.Everything ? null : scope.Communes.ToList(),
            cancellationToken
        );

    /// <summary>Null (nobody) is always allowed; an account only when it may instruct the file.</summary>
    public async Task<bool> AllowsAsync(
        ProcedureFile file,
        string? accountId,
        CancellationToken cancellationToken = default
    ) =>
        string.IsNullOrEmpty(accountId)
        || (await CandidatesAsync(file.CommuneInsee, cancellationToken)).Any(h => h.AccountId == accountId);

    public const string PresetGoneDetail =
        "L'agent prévu par le circuit ne peut plus instruire ce dossier : le dossier n'a pas été attribué.";

    /// <summary>
    /// The assignee of a transition: the agent picked on the file page (checked), else the workflow's preset.
    /// A preset agent who lost the permission since the design does not fail the transition: the file keeps its
    /// assignee and the history and the page say so (a service preset is not checked: services hold no grant).
    /// </summary>
    public async Task<AssignPlan> PlanAsync(
        ProcedureFile file,
        string? chosen,
        string? preset,
        CancellationToken cancellationToken = default
    )
    {
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            return await AllowsAsync(file, chosen, cancellationToken)
                ? new(true, true, chosen, false)
                : new(false, false, null, false);
        }
        if (PresetAssignee.AccountOf(preset) is { } agent)
        {
            return await AllowsAsync(file, agent, cancellationToken)
                ? new(true, true, agent, false)
                : new(true, false, null, true);
        }
        return new(true, true, preset, false);
    }

    /// <summary>
    /// Assigns the file to an agent (or to nobody) outside any transition, under the file's concurrency token.
    /// </summary>
    public async Task<AssignOutcome> AssignAsync(
        Guid fileId,
        Guid stamp,
        string? accountId,
        string agentId,
        string fileLink,
        CancellationToken cancellationToken = default
    )
    {
        var file = await db.Files.SingleAsync(f => f.Id == fileId, cancellationToken);
        if (file.Stamp != stamp)
        {
            return AssignOutcome.Conflict;
        }
        if (!await AllowsAsync(file, accountId, cancellationToken))
        {
            return AssignOutcome.OutOfScope;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(file).Property(f => f.Stamp).OriginalValue = stamp;
        file.AssignTo(string.IsNullOrEmpty(accountId) ? null : accountId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AssignOutcome.Conflict;
        }
        await AnnounceAsync(file, agentId, fileLink, cancellationToken);
        return AssignOutcome.Done;
    }

    /// <summary>
    /// After the file's assignee changed (here or by a transition's action): history, audit, and a mail to the
    /// assignee when it is someone else than the agent who chose them.
    /// </summary>
    public async Task AnnounceAsync(
        ProcedureFile file,
        string agentId,
        string fileLink,
        CancellationToken cancellationToken = default
    )
    {
        var actor = AuditActor.Of(agentId);
        var holder = await AssigneeAsync(file, cancellationToken);
        var detail = file.Assignee is null ? "Attribution retirée" : $"Attribué à {holder?.Name ?? file.Assignee}";
        db.FileEvents.Add(
            FileEvent.Note(file.Id, actor, FileEventKind.ActionDone, detail, clock.GetUtcNow().UtcDateTime)
        );
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            actor,
            "procedures.assign",
            $"procedures:file:{file.Number}",
            file.CommuneInsee,
            file.Assignee ?? "-",
            cancellationToken: cancellationToken
        );
        if (holder?.Email is not { Length: > 0 } email || holder.AccountId == agentId)
        {
            return;
        }
        await mails.AssignmentAsync(file, holder.AccountId, email, holder.Name, fileLink, cancellationToken);
    }

    /// <summary>Tells the file's agent, if it has one, that the applicant sent what was asked.</summary>
    public async Task TellComplementsAsync(ProcedureFile file, string fileLink, CancellationToken cancellationToken)
    {
        if (await AssigneeAsync(file, cancellationToken) is { Email: { Length: > 0 } email } holder)
        {
            await mails.ComplementsReceivedAsync(
                file,
                holder.AccountId,
                email,
                holder.Name,
                fileLink,
                cancellationToken
            );
        }
    }

    private async Task<PermissionHolder?> AssigneeAsync(ProcedureFile file, CancellationToken cancellationToken) =>
        file.Assignee is null
            ? null
            : (await CandidatesAsync(file.CommuneInsee, cancellationToken)).FirstOrDefault(h =>
                h.AccountId == file.Assignee
            );

    /// <summary>The display names of the accounts among <paramref name="actors"/> (<c>account:{id}</c>).</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> actors)
    {
        var ids = actors.Select(AuditActor.AccountIdOf).OfType<string>().Where(i => i.Length > 0).Distinct().ToList();
        var names = await accounts
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Name = (u.GivenName + " " + u.FamilyName).Trim() })
            .ToListAsync();
        return names.ToDictionary(n => AuditActor.Of(n.Id), n => n.Name);
    }
}
