using Bocage.Kernel.Files;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// How many bytes a page of a form may send: its file fields' limits plus a margin for the typed answers, at
/// most <see cref="Cap"/>. Read by <see cref="FillRequestLimitsFilter"/> before the form, and by the page to
/// name the limit after a refusal.
/// </summary>
internal sealed class FillRequestLimits(ProceduresDb db, IOptions<FilesOptions> files)
{
    /// <summary>The most a page may send, whatever its fields: what one request may hold in memory.</summary>
    public const long Cap = 40 * FieldDefinition.Megabyte;

    /// <summary>Room for the typed answers beside the files.</summary>
    public const long Margin = 4 * FieldDefinition.Megabyte;

    /// <summary>Query string of the page answered after a body too large.</summary>
    public const string TooLargeFlag = "envoi=trop-volumineux";

    /// <summary>
    /// The bytes a page of a file's form may send (0 when the file is unknown: the page then answers 404).
    /// </summary>
    public async Task<long> LimitAsync(Guid fileId, int page, CancellationToken cancellationToken)
    {
        var file = await db
            .Files.AsNoTracking()
            .Where(f => f.Id == fileId)
            .Select(f => new { f.VersionId, f.AnswersJson })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return Margin;
        }
        var form = (await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId, cancellationToken)).Form;
        if (form.Pages.Count == 0)
        {
            return Margin;
        }
        var kernelMax = files.Value.MaxBytes;
        var answers = AnswerSet.FromJson(file.AnswersJson);
        return Math.Min(
            Cap,
            Margin + FilesBytes(form.Pages[Math.Clamp(page, 0, form.Pages.Count - 1)].Fields, answers, kernelMax)
        );
    }

    /// <summary>
    /// Each file field's limit; a block's file fields count once per repeat (one more, for the repeat being added).
    /// </summary>
    private static long FilesBytes(IEnumerable<FieldDefinition> fields, AnswerSet answers, long kernelMax) =>
        fields.Sum(f =>
            f.Type switch
            {
                FieldType.File => f.MaxBytes(kernelMax),
                FieldType.RepeatableBlock => (
                    Math.Clamp(int.TryParse(answers[f.Key], out var n) ? n : 0, 0, Limits.MaxRepeats) + 1
                ) * f.Children.Where(c => c.Type == FieldType.File).Sum(c => c.MaxBytes(kernelMax)),
                _ => 0,
            }
        );
}
