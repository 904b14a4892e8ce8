using System.Globalization;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Documents;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// PDF documents of a file: the receipt of its submission and decisions from a transition's template, in French (dates
/// included, whatever culture renders them), in the name of the collectivity that owns the procedure (its commune, or
/// the intercommunality) and of its service; a decision carries the deciding agent's name.
/// </summary>
internal sealed class FileDocuments(
    ProceduresDb db,
    KernelDb kernel,
    AccountsDb accounts,
    FormLists lists,
    IPdfRenderer pdf,
    DocumentEmblems emblems
)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<byte[]> ReceiptAsync(ProcedureFile file, CancellationToken cancellationToken)
    {
        var (title, rows) = await ContentAsync(file, cancellationToken);
        var (issuer, emblem) = await IssuerAsync(file, cancellationToken);
        return pdf.Render(
            new PdfDocument(
                $"Récépissé de dépôt : {title}",
                [
                    new PdfFields([
                        new("Numéro", file.Number ?? ""),
                        new("Déposé le", ParisTime.Format(file.SubmittedAt ?? file.UpdatedAt, French)),
                    ]),
                    new PdfHeading("Vos réponses"),
                    new PdfFields([.. rows.Select(r => new PdfField(r.Label, r.Value))]),
                ]
            )
            {
                Subtitle = issuer,
                Emblem = emblem,
                Footer = $"{issuer} — dossier {file.Number}",
            }
        );
    }

    /// <summary>
    /// Fills <c>{demarche}</c>, <c>{numero}</c> and <c>{cle-du-champ}</c> placeholders with the file's answers; signed
    /// with the name of the agent who decided (<paramref name="agentId"/>) for the service that owns the procedure.
    /// </summary>
    public async Task<byte[]> DecisionAsync(
        ProcedureFile file,
        string template,
        DateTime nowUtc,
        string? agentId,
        CancellationToken cancellationToken
    )
    {
        var (title, _) = await ContentAsync(file, cancellationToken);
        var text = await FillAsync(file, template, title, cancellationToken);
        var (issuer, emblem) = await IssuerAsync(file, cancellationToken);
        var agent = await accounts
            .Users.AsNoTracking()
            .Where(u => u.Id == agentId)
            .Select(u => (u.GivenName + " " + u.FamilyName).Trim())
            .SingleOrDefaultAsync(cancellationToken);
        return pdf.Render(
            new PdfDocument(
                $"Décision : {title}",
                [
                    new PdfFields([new("Dossier", file.Number ?? ""), new("Date", ParisTime.Format(nowUtc, French))]),
                    new PdfParagraph(text),
                    new PdfFields([new("Pour", issuer), new("Décidé par", agent ?? issuer)]),
                ]
            )
            {
                Subtitle = issuer,
                Emblem = emblem,
                Footer = $"{issuer} — dossier {file.Number}",
            }
        );
    }

    /// <summary>
    /// « Commune de Fourmies — Service des déchets », or the intercommunality and its service; with the emblem of
    /// the commune or of the intercommunality.
    /// </summary>
    private async Task<(string Name, byte[]? Emblem)> IssuerAsync(
        ProcedureFile file,
        CancellationToken cancellationToken
    )
    {
        var owner = await db
            .Procedures.AsNoTracking()
            .Where(p => p.Id == file.ProcedureId)
            .Select(p => new { p.CommuneInsee, p.ServiceId })
            .SingleAsync(cancellationToken);
        var collectivity = (await CollectivityNames.LoadAsync(kernel, cancellationToken)).Of(owner.CommuneInsee);
        var service = await kernel
            .Organisations.AsNoTracking()
            .Where(o => o.Id == owner.ServiceId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(cancellationToken);
        var emblem = await emblems.OfAsync(owner.CommuneInsee, cancellationToken);
        return (service is null || service == collectivity ? collectivity : $"{collectivity} — {service}", emblem);
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
