using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Mandates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

/// <summary>The person's mandates to digital mediators: give one, see what was done, revoke.</summary>
[Authorize]
public sealed class MandatsModel(
    MandateRegistry mandates,
    AccountsDb accounts,
    KernelDb kernel,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public static readonly int[] Durations = [1, 7, 30, 90, 180, 365];

    [BindProperty]
    public string? Mediator { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public int Days { get; set; } = 30;

    public IReadOnlyList<Account> Mediators { get; private set; } = [];

    public IReadOnlyList<Mandate> Given { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<Kernel.Audit.AuditEntry> DoneForMe { get; private set; } = [];

    public string MyName { get; private set; } = "";

    /// <summary>The same clock as the registry's, so that a mandate shown as running is one it accepts.</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        var me = User.RequiredAccountId();
        if (string.IsNullOrEmpty(Mediator))
        {
            ModelState.AddModelError(nameof(Mediator), text["MandateMediatorRequired"]);
        }
        if (!Durations.Contains(Days))
        {
            ModelState.AddModelError(nameof(Days), text["MandateDurationInvalid"]);
        }
        if (ModelState.IsValid)
        {
            var result = await mandates.GrantAsync(me, Mediator!, Scopes, TimeSpan.FromDays(Days));
            if (result.Mandate is not null)
            {
                Notice = "MandateGranted";
                return RedirectToPage();
            }
            var (field, key) = result.Error switch
            {
                MandateError.NoScope => (nameof(Scopes), "MandateScopeRequired"),
                MandateError.Duration => (nameof(Days), "MandateDurationInvalid"),
                MandateError.SelfMandate => (nameof(Mediator), "MandateSelf"),
                _ => (nameof(Mediator), "MandateMediatorRequired"),
            };
            ModelState.AddModelError(field, text[key]);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid mandate)
    {
        Notice = await mandates.RevokeAsync(User.RequiredAccountId(), mandate)
            ? "MandateRevoked"
            : "MandateAlreadyEnded";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var me = User.RequiredAccountId();
        Mediators = (await mandates.MediatorsAsync()).Where(m => m.Id != me).ToList();
        Given = await mandates.GivenByAsync(me);
        var actor = AuditActor.Of(me);
        DoneForMe = await kernel
            .AuditEntries.AsNoTracking()
            .Where(e => e.OnBehalfOf == actor)
            .OrderByDescending(e => e.Id)
            .Take(50)
            .ToListAsync();
        var ids = Given
            .Select(m => m.MediatorId)
            .Concat(DoneForMe.Select(e => AccountIdOf(e.Actor)))
            .Append(me)
            .Distinct()
            .ToList();
        Names = await accounts
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.GivenName + " " + u.FamilyName);
        MyName = Names.GetValueOrDefault(me) ?? "";
    }

    public static string AccountIdOf(string actor) => AuditActor.AccountIdOf(actor) ?? actor;
}
