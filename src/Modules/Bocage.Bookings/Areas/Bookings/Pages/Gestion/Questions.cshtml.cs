using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Questions;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// The questions a place asks at registration: those asked, each to remove, and a form to add one (its words, a
/// short text, yes or no, or a choice, required or not), each mistake told at its field with what was typed kept.
/// A place of another commune is a 404.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class QuestionsModel(
    PlaceAccess access,
    QuestionBook book,
    IStringLocalizer<BookingsResource> text,
    IOutputCacheStore cache
) : PageModel
{
    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public Resource Resource { get; private set; } = null!;

    public IReadOnlyList<Question> Questions { get; private set; } = [];

    /// <summary>After a change: « ajoutee » or « retiree ».</summary>
    [BindProperty(SupportsGet = true, Name = "fait")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Done = null;
        ModelState.Clear();
        foreach (var (field, key) in Input.Check(Questions.Count))
        {
            ModelState.AddModelError(
                $"Input.{field}",
                text[key, Question.LabelMaxLength, Question.MaxPerResource, Question.ChoicesMaxLength]
            );
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await book.AddAsync(User.RequiredAccountId(), Resource, Input, cancellationToken);
        return await DoneAsync(slug, "ajoutee", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, Guid question, CancellationToken cancellationToken)
    {
        if (
            !await LoadAsync(slug, cancellationToken)
            || !await book.RemoveAsync(User.RequiredAccountId(), Resource, question, cancellationToken)
        )
        {
            return NotFound();
        }
        return await DoneAsync(slug, "retiree", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(string slug, string what, CancellationToken cancellationToken)
    {
        // The place's public page asks the questions at once, not after its cache.
        await Kernel.Web.PublicPageCache.RefreshAsync(cache, BookingsModule.PublicPagePolicy, cancellationToken);
        return Redirect($"/gestion/reservations/{slug}/questions?fait={what}");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (resource is null)
        {
            return false;
        }
        Resource = resource;
        Questions = await book.OfAsync(resource.Id, cancellationToken);
        return true;
    }
}
