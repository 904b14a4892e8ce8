using System.Net.Http.Json;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Mail;
using Bocage.Payments.Contracts;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// The actions of a transition: on the file itself (inside the save) and outside it (after). Assign is not here:
/// <see cref="Transitions"/> applies the <see cref="AssignPlan"/> it checked beforehand.
/// </summary>
internal sealed class TransitionEffects(
    ProceduresDb db,
    FileDocuments documents,
    FileMails mails,
    IServiceProvider services,
    IHttpClientFactory http,
    TimeProvider clock
)
{
    public const string PaymentsUnavailable =
        "Le paiement en ligne n'est pas disponible : la demande de paiement n'a pas été faite.";

    public const string NoRegie =
        "Aucune régie de la collectivité ne peut encaisser ce paiement : la demande de paiement n'a pas été faite.";

    public async Task InsideAsync(
        ProcedureFile file,
        WorkflowAction action,
        TransitionInput input,
        string actor,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        switch (action.Type)
        {
            case WorkflowActionType.RequestDocuments:
                file.Reopen(input.ReopenFields.Count > 0 ? input.ReopenFields : action.ReopenFields, now);
                break;
            case WorkflowActionType.GenerateDecision:
                var pdf = await documents.DecisionAsync(
                    file,
                    action.DecisionTemplate ?? "{demarche}",
                    now,
                    AuditActor.AccountIdOf(actor),
                    cancellationToken
                );
                db.Documents.Add(new FileDocument(file.Id, $"decision-{file.Number}.pdf", pdf, now));
                break;
        }
    }

    public async Task OutsideAsync(
        ProcedureFile file,
        WorkflowAction action,
        TransitionInput input,
        string actor,
        TransitionScene scene,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        string? failure = null;
        switch (action.Type)
        {
            case WorkflowActionType.NotifyApplicant:
                failure = await MailApplicantAsync(file, () =>
                    mails.NotificationAsync(file, scene.Mail, action, input.Message, cancellationToken)
                );
                break;
            // A request the applicant never hears of leaves the file waiting for nothing: it always mails them.
            case WorkflowActionType.RequestDocuments:
                var reopened = file.Reopened.ToHashSet();
                var labels = scene
                    .Form.Pages.SelectMany(p => p.Fields)
                    .Where(f => reopened.Contains(f.Key))
                    .Select(f => f.Label)
                    .ToList();
                failure = await MailApplicantAsync(file, () =>
                    mails.CorrectionRequestAsync(file, scene.Mail, labels, input.Message, cancellationToken)
                );
                break;
            case WorkflowActionType.RequestPayment:
                failure = await RequestPaymentAsync(file, action, cancellationToken);
                break;
            case WorkflowActionType.CallWebhook:
                failure = await Webhooks.CallAsync(
                    http.CreateClient("procedures-webhooks"),
                    action.WebhookUrl,
                    file,
                    cancellationToken
                );
                break;
            default:
                return;
        }
        db.FileEvents.Add(
            FileEvent.Note(
                file.Id,
                actor,
                failure is null ? FileEventKind.ActionDone : FileEventKind.ActionFailed,
                failure ?? action.Type.ToString(),
                now
            )
        );
    }

    /// <summary>Null when the mail is on its way; otherwise why not, for the file's history.</summary>
    private static async Task<string?> MailApplicantAsync(ProcedureFile file, Func<Task> send)
    {
        if (string.IsNullOrEmpty(file.ApplicantEmail))
        {
            return "Pas d'adresse e-mail pour prévenir le demandeur.";
        }
        try
        {
            await send();
            return null;
        }
        catch (InvalidMailException e)
        {
            return e.Message;
        }
    }

    private async Task<string?> RequestPaymentAsync(
        ProcedureFile file,
        WorkflowAction action,
        CancellationToken cancellationToken
    )
    {
        var invoicing = services.GetService<IInvoicing>();
        if (invoicing is null)
        {
            return PaymentsUnavailable;
        }
        if (action.AmountCents is not > 0 || string.IsNullOrEmpty(file.ApplicantEmail))
        {
            return "Montant ou adresse du payeur manquant : la demande de paiement n'a pas été faite.";
        }
        // The procedure's owner collects (null: the intercommunality), not the commune of the applicant's address.
        var owner = await db
            .Procedures.AsNoTracking()
            .Where(p => p.Id == file.ProcedureId)
            .Select(p => p.CommuneInsee)
            .SingleAsync(cancellationToken);
        InvoiceHandle handle;
        try
        {
            handle = await invoicing.RequestAsync(
                new InvoiceRequest(
                    ProceduresModule.InvoiceOrigin,
                    file.Number!,
                    owner,
                    action.RegieCode,
                    action.AmountCents.Value,
                    $"Dossier {file.Number}",
                    new InvoicePayer(file.ApplicantAccountId, file.ApplicantEmail, file.ApplicantEmail)
                ),
                cancellationToken
            );
        }
        catch (InvalidOperationException)
        {
            // The designer named a régie the collectivity does not have (or it has none yet).
            return NoRegie;
        }
        file.AskPayment(handle.InvoiceId, handle.PaymentPath, action.AmountCents.Value, clock.GetUtcNow().UtcDateTime);
        return null;
    }
}

/// <summary>
/// Calls a designer's webhook with the file's summary; any failure is returned as text for the history, never thrown.
/// </summary>
internal static class Webhooks
{
    public static async Task<string?> CallAsync(
        HttpClient client,
        string? url,
        ProcedureFile file,
        CancellationToken cancellationToken
    )
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "Adresse du webhook refusée (http ou https seulement).";
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var response = await client.PostAsJsonAsync(
                uri,
                new
                {
                    numero = file.Number,
                    etat = file.StateKey,
                    commune = file.CommuneInsee,
                },
                timeout.Token
            );
            return response.IsSuccessStatusCode ? null : $"Le webhook a répondu {(int)response.StatusCode}.";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            return "Le webhook n'a pas répondu.";
        }
    }
}
