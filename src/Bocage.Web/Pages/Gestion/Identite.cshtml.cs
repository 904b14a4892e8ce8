using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Gestion;

/// <summary>One commune's (or the intercommunality's) colour and emblem, set by its own agents.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + IdentityPermissions.Edit)]
public sealed class IdentiteModel(
    KernelDb db,
    IdentityHolders holders,
    IdentityEditor editor,
    PermissionChecker permissions,
    IOutputCacheStore cache,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [StringLength(20, ErrorMessage = "IdentityColourInvalid")]
        public string? Colour { get; init; }

        public bool RemoveEmblem { get; init; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IdentityHolder Holder { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await HolderAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Input = new InputModel { Colour = Holder.Identity.Colour?.ToUpperInvariant() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? emblem, CancellationToken cancellationToken)
    {
        if (await HolderAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await using var content = emblem?.OpenReadStream();
        var request = new IdentityRequest(Input.Colour, content, emblem?.FileName, Input.RemoveEmblem);
        var agent = User.RequiredAccountId();
        var outcome = Holder.IsIntercommunality
            ? await editor.SetAsync(
                agent,
                await db.Intercommunalities.SingleAsync(i => i.Slug == slug, cancellationToken),
                request,
                cancellationToken
            )
            : await editor.SetAsync(
                agent,
                await db.Communes.SingleAsync(c => c.Slug == slug, cancellationToken),
                request,
                cancellationToken
            );
        await PublicPageCache.RefreshAsync(cache, WebServices.PublicPagePolicy, cancellationToken);
        if (outcome.Saved)
        {
            Notice = "IdentitySaved";
            return RedirectToPage(new { slug });
        }
        if (outcome.Colour == ColourProblem.NotAColour)
        {
            ModelState.AddModelError("Input.Colour", text["IdentityColourInvalid"]);
        }
        if (outcome.Colour == ColourProblem.TooLight)
        {
            ModelState.AddModelError(
                "Input.Colour",
                text["IdentityColourTooLight", outcome.Contrast.ToString("0.0"), IdentityColour.MinimumContrast]
            );
        }
        if (outcome.EmblemRefusal is not null || outcome.EmblemUnusable)
        {
            ModelState.AddModelError("emblem", outcome.EmblemRefusal ?? text["IdentityEmblemUnusable"]);
        }
        // What was right is saved: the page shows the body as it now is, the wrong field as typed.
        await HolderAsync(slug, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> HolderAsync(string slug, CancellationToken cancellationToken)
    {
        var holder = await holders.BySlugAsync(slug, cancellationToken);
        if (holder is null)
        {
            return NotFound();
        }
        var scope = await permissions.ScopeAsync(User.RequiredAccountId(), IdentityPermissions.Edit, cancellationToken);
        if (!holder.EditableWithin(scope))
        {
            return Forbid();
        }
        Holder = holder;
        return null;
    }
}
