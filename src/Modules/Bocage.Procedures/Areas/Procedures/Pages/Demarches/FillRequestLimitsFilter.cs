using Bocage.Kernel.Files;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// Sizes the body a page of a form may send (<see cref="FillRequestLimits"/>), kept in memory whole (no
/// unscanned byte is written to disk). Runs before the antiforgery check, the first to read the form, and
/// reads it itself: a body still too large is answered by the page as last saved with a message
/// (<see cref="FillRequestLimits.TooLargeFlag"/>), never the server's bare 413 or a 500. Nothing of such a
/// request is saved: its token could not even be read. Applied with
/// <c>[ServiceFilter(typeof(FillRequestLimitsFilter), Order = FillRequestLimitsFilter.Order)]</c>.
/// </summary>
internal sealed class FillRequestLimitsFilter(
    FillRequestLimits limits,
    IOptions<FilesOptions> files,
    IOptions<FormOptions> forms
) : IAsyncAuthorizationFilter
{
    // Before the antiforgery filter (order 1000), which would read the form first.
    public const int Order = -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (
            !HttpMethods.IsPost(http.Request.Method)
            || !http.Request.HasFormContentType
            || !Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var id)
            || !int.TryParse(context.RouteData.Values["etape"]?.ToString(), out var etape)
        )
        {
            return;
        }
        var limit = await limits.LimitAsync(id, etape, http.RequestAborted);
        var tooLarge = new RedirectResult($"/demarches/dossier/{id}/etape/{etape}?{FillRequestLimits.TooLargeFlag}");
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature
            ? feature
            : null;
        if (http.Request.ContentLength > limit)
        {
            await DropAsync(http, size, limit);
            context.Result = tooLarge;
            return;
        }
        if (size is not null)
        {
            size.MaxRequestBodySize = limit;
        }
        // Each file is kept in memory up to the kernel's limit and a little more (so that a file just over its
        // field's limit still reaches the kernel, which names that limit); a larger part is refused, never spilled.
        var part = (int)Math.Min(limit, files.Value.MaxBytes + FieldDefinition.Megabyte);
        var configured = forms.Value;
        http.Features.Set<IFormFeature>(
            new FormFeature(
                http.Request,
                new FormOptions
                {
                    MemoryBufferThreshold = part,
                    MultipartBodyLengthLimit = part,
                    ValueCountLimit = configured.ValueCountLimit,
                    ValueLengthLimit = configured.ValueLengthLimit,
                    KeyLengthLimit = configured.KeyLengthLimit,
                }
            )
        );
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            context.Result = tooLarge;
        }
    }

    /// <summary>
    /// A body announced larger than the page takes is read and dropped (never kept), so that the browser, still
    /// sending, receives the page and its message rather than a closed connection; past <see
    /// cref="FillRequestLimits.Cap"/> more
    /// than allowed, the server stops reading and closes the connection.
    /// </summary>
    private static async Task DropAsync(HttpContext http, IHttpMaxRequestBodySizeFeature? size, long limit)
    {
        if (size is null || http.Request.ContentLength > limit + FillRequestLimits.Cap)
        {
            return;
        }
        size.MaxRequestBodySize = limit + FillRequestLimits.Cap;
        try
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            // The sender lied about the length or went away: the answer stays the same.
        }
    }
}
