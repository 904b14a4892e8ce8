using Bocage.Kernel.Audit;
using Bocage.Kernel.Outbox;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>
/// The domain events no handler could take after all its attempts (dead letters), engine by engine;
/// an administrator replays one once its cause is fixed.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PermissionChecker.Administrator)]
public sealed class EvenementsModel(DeadLetters deadLetters, AuditLog audit) : PageModel
{
    public IReadOnlyList<DeadLetter> Letters { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Letters = await deadLetters.ListAsync(cancellationToken: cancellationToken);

    public async Task<IActionResult> OnPostReplayAsync(
        string engine,
        long delivery,
        CancellationToken cancellationToken
    )
    {
        var letter = await deadLetters.ReplayAsync(engine, delivery, cancellationToken);
        if (letter is null)
        {
            // Already replayed (by another administrator, or by a second click): nothing left to do.
            Notice = "DeadLetterGone";
            return RedirectToPage();
        }
        await audit.AppendAsync(
            AuditActor.Of(User),
            "kernel.outbox.replay",
            $"outbox:{engine}:{delivery}",
            null,
            $"Relance de l'événement {letter.EventName} (message {letter.MessageId}) pour {letter.Handler} après {letter.Attempts} tentatives",
            cancellationToken: cancellationToken
        );
        Notice = "DeadLetterReplayed";
        return RedirectToPage();
    }
}
