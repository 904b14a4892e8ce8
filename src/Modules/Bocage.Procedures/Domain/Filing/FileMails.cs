using Bocage.Kernel.Mail;
using Bocage.Kernel.Time;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Every mail of the engine, written from its resources in the recipient's language: an applicant's account
/// preference, else the language they started the file in; an agent's own preference. What the designer wrote
/// (a notification's subject and text) is quoted as it is.
/// </summary>
internal sealed class FileMails(LocalizedMailer mailer, IStringLocalizer<ProceduresResource> text)
{
    /// <summary>
    /// The tracking code of a person without an account, in the language of the page they started from.
    /// </summary>
    public Task TrackingCodeAsync(
        string email,
        string procedureTitle,
        string code,
        CancellationToken cancellationToken = default
    ) =>
        mailer.EnqueueAsync(
            MailCulture.Current,
            () =>
                new MailRequest(
                    email,
                    text["TrackingMailSubject", procedureTitle],
                    text["TrackingMailText", procedureTitle, code],
                    "procedures.code-suivi"
                ),
            cancellationToken
        );

    /// <summary>The receipt of a submitted file, its answers as a PDF (rendered by the caller, in French).</summary>
    public async Task ReceiptAsync(
        ProcedureFile file,
        string procedureTitle,
        byte[] pdf,
        CancellationToken cancellationToken = default
    )
    {
        var language = await ApplicantLanguageAsync(file, cancellationToken);
        await mailer.EnqueueAsync(
            language,
            () =>
                new MailRequest(
                    file.ApplicantEmail,
                    text["MailReceiptSubject", file.Number!],
                    text["MailReceiptText", procedureTitle, ParisTime.Format(file.SubmittedAt!.Value), file.Number!],
                    "procedures.demande-recue"
                )
                {
                    IdempotencyKey = $"procedures.recu.{file.Number}",
                    Attachments = [new MailAttachment($"{file.Number}.pdf", "application/pdf", pdf)],
                },
            cancellationToken
        );
    }

    /// <summary>
    /// A transition's notice to the applicant: the designer's subject and text, else ours, and the agent's message.
    /// </summary>
    public async Task NotificationAsync(
        ProcedureFile file,
        WorkflowAction action,
        string? message,
        CancellationToken cancellationToken = default
    )
    {
        var language = await ApplicantLanguageAsync(file, cancellationToken);
        await mailer.EnqueueAsync(
            language,
            () =>
            {
                var body =
                    (action.MailText ?? text["MailNotificationText", file.Number!])
                    + (string.IsNullOrWhiteSpace(message) ? "" : "\n\n" + message)
                    + "\n\n"
                    + text["MailNotificationFooter"]
                    + "\n";
                return new MailRequest(
                    file.ApplicantEmail,
                    action.MailSubject ?? text["MailNotificationSubject", file.Number!],
                    body,
                    "procedures.notification"
                )
                {
                    IdempotencyKey = $"procedures.notification.{file.Id}.{file.Stamp}",
                };
            },
            cancellationToken
        );
    }

    /// <summary>Tells an agent a file was assigned to them, in their own language.</summary>
    public Task AssignmentAsync(
        ProcedureFile file,
        string accountId,
        string email,
        string name,
        string fileLink,
        CancellationToken cancellationToken = default
    ) =>
        mailer.EnqueueToAccountAsync(
            accountId,
            SupportedCultures.Default,
            () =>
                new MailRequest(
                    email,
                    text["MailAssignmentSubject", file.Number!],
                    text["MailAssignmentText", name, file.Number!, fileLink],
                    "procedures.assignment"
                )
                {
                    IdempotencyKey = $"procedures.assignment.{file.Id}.{file.Stamp}",
                },
            cancellationToken
        );

    private Task<string> ApplicantLanguageAsync(ProcedureFile file, CancellationToken cancellationToken) =>
        mailer.LanguageOfAccountAsync(file.ApplicantAccountId, file.ApplicantLanguage, cancellationToken);
}
