using Bocage.Kernel.Files;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// Sizes the body a page of a form may send: its file fields' limits plus a margin for the typed answers, at
/// most <see cref="Cap"/>, kept in memory whole (no unscanned byte is written to disk). Runs before the
/// antiforgery check, the first to read the form, and reads it itself: a body still too large is answered by
/// the page as last saved with a message (<see cref="TooLargeFlag"/>), never the server's bare 413 or a 500.
/// Nothing of such a request is saved: its token could not even be read.
/// </summary>
internal sealed class FillRequestLimitsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The most a page may send, whatever its fields: what one request may hold in memory.</summary>
    public const long Cap = 40 * FieldDefinition.Megabyte;

    /// <summary>Room for the typed answers beside the files.</summary>
    public const long Margin = 4 * FieldDefinition.Megabyte;

    /// <summary>Query string of the page answered after a body too large.</summary>
    public const string TooLargeFlag = "envoi=trop-volumineux";

    // Before the antiforgery filter (order 1000), which would read the form first.
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType
            || !Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var id) || !int.TryParse(context.RouteData.Values["etape"]?.ToString(), out var etape))
        {
            return;
        }
        var limit = await LimitAsync(http.RequestServices, id, etape, http.RequestAborted);
        var tooLarge = new RedirectResult($"/demarches/dossier/{id}/etape/{etape}?{TooLargeFlag}");
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
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
        var part = (int)Math.Min(limit, http.RequestServices.GetRequiredService<IOptions<FilesOptions>>().Value.MaxBytes + FieldDefinition.Megabyte);
        var configured = http.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            MemoryBufferThreshold = part,
            MultipartBodyLengthLimit = part,
            ValueCountLimit = configured.ValueCountLimit,
            ValueLengthLimit = configured.ValueLengthLimit,
            KeyLengthLimit = configured.KeyLengthLimit,
        }));
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
    /// sending, receives the page and its message rather than a closed connection; past <see cref="Cap"/> more
    /// than allowed, the server stops reading and closes the connection.
    /// </summary>
    private static async Task DropAsync(HttpContext http, IHttpMaxRequestBodySizeFeature? size, long limit)
    {
        if (size is null || http.Request.ContentLength > limit + Cap)
        {
            return;
        }
        size.MaxRequestBodySize = limit + Cap;
        try
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            // The sender lied about the length or went away: the answer stays the same.
        }
    }

    /// <summary>The bytes a page of a file's form may send (0 when the file is unknown: the page then answers 404).</summary>
    public static async Task<long> LimitAsync(IServiceProvider services, Guid fileId, int page, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ProceduresDb>();
        var file = await db.Files.AsNoTracking().Where(f => f.Id == fileId).Select(f => new { f.VersionId, f.AnswersJson }).SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return Margin;
        }
        var form = (await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId, cancellationToken)).Form;
        if (form.Pages.Count == 0)
        {
            return Margin;
        }
        var kernelMax = services.GetRequiredService<IOptions<FilesOptions>>().Value.MaxBytes;
        var answers = AnswerSet.FromJson(file.AnswersJson);
        return Math.Min(Cap, Margin + FilesBytes(form.Pages[Math.Clamp(page, 0, form.Pages.Count - 1)].Fields, answers, kernelMax));
    }

    /// <summary>Each file field's limit; a block's file fields count once per repeat (one more, for the repeat being added).</summary>
    private static long FilesBytes(IEnumerable<FieldDefinition> fields, AnswerSet answers, long kernelMax) =>
        fields.Sum(f => f.Type switch
        {
            FieldType.File => f.MaxBytes(kernelMax),
            FieldType.RepeatableBlock => (Math.Clamp(int.TryParse(answers[f.Key], out var n) ? n : 0, 0, Limits.MaxRepeats) + 1)
                * f.Children.Where(c => c.Type == FieldType.File).Sum(c => c.MaxBytes(kernelMax)),
            _ => 0,
        });
}
