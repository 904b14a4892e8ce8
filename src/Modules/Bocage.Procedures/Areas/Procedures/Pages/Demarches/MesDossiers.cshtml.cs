using Bocage.Kernel.Accounts;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>"Mes démarches": the account's drafts and files, and those a mediator started for others.</summary>
[Authorize]
internal sealed class MesDossiersModel(ProceduresDb db) : PageModel
{
    public IReadOnlyList<ProcedureFile> Files { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Titles { get; private set; } = new Dictionary<Guid, string>();

    public string? Me { get; private set; }

    public async Task OnGetAsync()
    {
        Me = User.AccountId();
        Files = await db
            .Files.AsNoTracking()
            .Where(f => f.ApplicantAccountId == Me || f.MediatorAccountId == Me)
            .OrderByDescending(f => f.UpdatedAt)
            .Take(200)
            .ToListAsync();
        var ids = Files.Select(f => f.ProcedureId).Distinct().ToList();
        Titles = await db
            .Procedures.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title);
        var versionIds = Files.Select(f => f.VersionId).Distinct().ToList();
        var versions = await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync();
        States = versions.ToDictionary(
            v => v.Id,
            v => (IReadOnlyDictionary<string, string>)v.Workflow.States.ToDictionary(s => s.Key, s => s.Label)
        );
    }

    /// <summary>State labels per version: a renamed state shows as the designer named it.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, string>> States { get; private set; } =
        new Dictionary<Guid, IReadOnlyDictionary<string, string>>();

    public string StateLabel(ProcedureFile file) =>
        States.TryGetValue(file.VersionId, out var labels) && labels.TryGetValue(file.StateKey, out var label)
            ? label
            : file.StateKey;
}
