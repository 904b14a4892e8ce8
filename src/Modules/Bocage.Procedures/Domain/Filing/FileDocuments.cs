using Bocage.Kernel.Documents;
using Bocage.Kernel.Time;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// PDF documents of a file: the receipt of its submission and decisions from a transition's template.
/// </summary>
internal sealed class FileDocuments(ProceduresDb db, FormLists lists, IPdfRenderer pdf)
{
    private const string Issuer = "Communauté de Communes Sud Avesnois";

    public async Task<byte[]> ReceiptAsync(ProcedureFile file, CancellationToken cancellationToken)
    {
        var (title, rows) = await ContentAsync(file, cancellationToken);
        return pdf.Render(
            new PdfDocument(
                $"Récépissé de dépôt : {title}",
                [
                    new PdfFields([
                        new("Numéro", file.Number ?? ""),
                        new("Déposé le", ParisTime.Format(file.SubmittedAt ?? file.UpdatedAt)),
                    ]),
                    new PdfHeading("Vos réponses"),
                    new PdfFields([.. rows.Select(r => new PdfField(r.Label, r.Value))]),
                ]
            )
            {
                Subtitle = Issuer,
                Footer = $"{Issuer} — dossier {file.Number}",
            }
        );
    }

    /// <summary>
    /// Fills <c>{demarche}</c>, <c>{numero}</c> and <c>{cle-du-champ}</c> placeholders with the file's answers.
    /// </summary>
    public async Task<byte[]> DecisionAsync(
        ProcedureFile file,
        string template,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var (title, _) = await ContentAsync(file, cancellationToken);
        var text = await FillAsync(file, template, title, cancellationToken);
        return pdf.Render(
            new PdfDocument(
                $"Décision : {title}",
                [
                    new PdfFields([new("Dossier", file.Number ?? ""), new("Date", ParisTime.Format(nowUtc))]),
                    new PdfParagraph(text),
                ]
            )
            {
                Subtitle = Issuer,
                Footer = $"{Issuer} — dossier {file.Number}",
            }
        );
    }

    private async Task<string> FillAsync(
        ProcedureFile file,
        string template,
        string title,
        CancellationToken cancellationToken
    )
    {
        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId, cancellationToken);
        var all = await lists.AllAsync(cancellationToken);
        var answers = file.Answers;
        var text = template
            .Replace("{demarche}", title, StringComparison.Ordinal)
            .Replace("{numero}", file.Number ?? "", StringComparison.Ordinal);
        foreach (var field in version.Form.AllFields.Where(f => f.HoldsAnswer))
        {
            text = text.Replace(
                "{" + field.Key + "}",
                AnswerDisplay.Value(field, field.Key, answers, all),
                StringComparison.Ordinal
            );
        }
        return text;
    }

    public async Task<(string Title, IReadOnlyList<AnswerRow> Rows)> ContentAsync(
        ProcedureFile file,
        CancellationToken cancellationToken
    )
    {
        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId, cancellationToken);
        var title = await db
            .Procedures.AsNoTracking()
            .Where(p => p.Id == file.ProcedureId)
            .Select(p => p.Title)
            .SingleAsync(cancellationToken);
        var attachments = await db
            .Attachments.AsNoTracking()
            .Where(a => a.FileId == file.Id)
            .ToDictionaryAsync(a => a.StoredFileId, cancellationToken);
        return (
            title,
            AnswerDisplay.Rows(version.Form, file.Answers, await lists.AllAsync(cancellationToken), attachments)
        );
    }
}
