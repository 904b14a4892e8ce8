using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Editing;
using Bocage.Places.Domain.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>
/// A place's photos, 360° panoramas and 3D models (<c>/gestion/lieux/{slug}/medias</c>): added from a file with the
/// words that stand for it, put in order, described again, panoramas linked room to room, removed. A refused file
/// or a missing word is told at its field, and what was typed stays.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
[RequestSizeLimit(MediaUploader.MaxPictureBytes + 256 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaUploader.MaxPictureBytes + 256 * 1024)]
internal sealed class MediasModel(
    PlaceScope scope,
    MediaUploader uploader,
    MediaShelf shelf,
    IOutputCacheStore cache,
    IStringLocalizer<PlacesResource> text
) : PageModel
{
    public Place Place { get; private set; } = null!;

    public IReadOnlyList<PlaceMedia> Media { get; private set; } = [];

    [BindProperty]
    public MediaForm Input { get; set; } = new();

    /// <summary>The media whose words were posted with a mistake: its form shows open, with what was typed.</summary>
    public Guid? Editing { get; private set; }

    public MediaForm? Edit { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string slug, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        var problems = Input.Check(withKind: true);
        foreach (var (field, key) in problems)
        {
            ModelState.AddModelError($"Input.{field}", text[key]);
        }
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", text["Media_FileMissing"]);
        }
        if (problems.Count > 0 || file is null || file.Length == 0)
        {
            return Page();
        }
        await using var content = file.OpenReadStream();
        var upload = new MediaUpload(Input.ParsedKind!.Value, Input.Title, Input.Description);
        var problem = await uploader.AddAsync(User.RequiredAccountId(), Place, upload, content, file.FileName, ct);
        if (problem is not null)
        {
            ModelState.AddModelError("file", problem);
            return Page();
        }
        return await DoneAsync(slug, "Media_Added", ct);
    }

    public async Task<IActionResult> OnPostDescribeAsync(string slug, Guid id, MediaForm edit, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        var problems = edit.Check(withKind: false);
        if (problems.Count > 0)
        {
            (Editing, Edit) = (id, edit);
            foreach (var (field, key) in problems)
            {
                ModelState.AddModelError($"edit.{field}", text[key]);
            }
            return Page();
        }
        var found = await shelf.DescribeAsync(User.RequiredAccountId(), Place, id, edit.Title, edit.Description, ct);
        return found ? await DoneAsync(slug, "Media_Described", ct) : NotFound();
    }

    public Task<IActionResult> OnPostMoveAsync(string slug, Guid id, int by, CancellationToken ct) =>
        ActAsync(slug, "Media_Moved", (agent, place) => shelf.MoveAsync(agent, place, id, by, ct), ct);

    public Task<IActionResult> OnPostRemoveAsync(string slug, Guid id, CancellationToken ct) =>
        ActAsync(slug, "Media_Removed", (agent, place) => shelf.RemoveAsync(agent, place, id, ct), ct);

    public Task<IActionResult> OnPostUnlinkAsync(string slug, Guid id, Guid target, CancellationToken ct) =>
        ActAsync(slug, "Media_Unlinked", (agent, place) => shelf.UnlinkAsync(agent, place, id, target, ct), ct);

    public async Task<IActionResult> OnPostLinkAsync(string slug, Guid id, HotspotForm link, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        if (link.Parse() is not { } hotspot)
        {
            (Editing, Edit) = (id, null);
            ModelState.AddModelError($"link-{id}", text["Media_LinkInvalid"]);
            return Page();
        }
        var linked = await shelf.LinkAsync(User.RequiredAccountId(), Place, id, hotspot, ct);
        return linked ? await DoneAsync(slug, "Media_Linked", ct) : NotFound();
    }

    private async Task<IActionResult> ActAsync(
        string slug,
        string notice,
        Func<string, Place, Task<bool>> act,
        CancellationToken ct
    )
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        return await act(User.RequiredAccountId(), Place) ? await DoneAsync(slug, notice, ct) : NotFound();
    }

    // Visitors see the change at once, not after the public pages' ten seconds of cache.
    private async Task<IActionResult> DoneAsync(string slug, string notice, CancellationToken ct)
    {
        await PublicPageCache.RefreshAsync(cache, PlacesModule.PublicPagePolicy, ct);
        Notice = notice;
        return Redirect($"/gestion/lieux/{slug}/medias");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var place = await scope.PlaceAsync(User.RequiredAccountId(), slug, ct);
        if (place is null)
        {
            return false;
        }
        Place = place;
        Media = await shelf.OfAsync(place.Id, ct);
        return true;
    }
}
