using Bocage.Kernel.Mail;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Every mail of the engine, written from its resources in the recipient's language: an applicant's account
/// preference, else the language they started the file in; an agent's own preference. What the designer wrote
/// (a notification's subject and text) is quoted as it is. Every mail about a file names it and ends with where to
/// open it: the file itself for an account holder, the tracking page for a person without an account.
/// </summary>
internal sealed class FileMails(LocalizedMailer mailer, PublicSite site, IStringLocalizer<ProceduresResource> text)
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
                    text["TrackingMailText", procedureTitle, code, site.Absolute("/demarches/suivi")],
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
                    $"{text["MailReceiptText", procedureTitle, ParisTime.Format(file.SubmittedAt!.Value), file.Number!]}"
                        + $"\n\n{WhereToOpen(file)}\n",
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
    /// A transition's notice to the applicant: the designer's subject and text, else ours with the new state, and the
    /// agent's message.
    /// </summary>
    public Task NotificationAsync(
        ProcedureFile file,
        FileMailContext context,
        WorkflowAction action,
        string? message,
        CancellationToken cancellationToken = default
    ) =>
        ToApplicantAsync(
            file,
            "procedures.notification",
            $"procedures.notification.{file.Id}.{file.Stamp}",
            () =>
                (
                    action.MailSubject is { } subject
                        ? text["MailSubjectWithNumber", subject, file.Number!]
                        : text["MailNotificationSubject", file.Number!],
                    action.MailText
                        ?? text["MailNotificationText", file.Number!, context.ProcedureTitle, context.State],
                    message
                ),
            cancellationToken
        );

    /// <summary>A request for documents: the answers reopened, the agent's message, and how to answer.</summary>
    public Task CorrectionRequestAsync(
        ProcedureFile file,
        FileMailContext context,
        IReadOnlyList<string> fieldLabels,
        string? message,
        CancellationToken cancellationToken = default
    ) =>
        ToApplicantAsync(
            file,
            "procedures.complements",
            $"procedures.complements.{file.Id}.{file.Stamp}",
            () =>
                (
                    text["MailCorrectionSubject", file.Number!],
                    text[
                        "MailCorrectionText",
                        file.Number!,
                        context.ProcedureTitle,
                        string.Join('\n', fieldLabels.Select(l => "- " + l))
                    ],
                    message
                ),
            cancellationToken
        );

    /// <summary>A message an agent sent to the applicant from the file (« Envoyer au demandeur »).</summary>
    public Task AgentMessageAsync(
        ProcedureFile file,
        FileMailContext context,
        FileMessage sent,
        CancellationToken cancellationToken = default
    ) =>
        ToApplicantAsync(
            file,
            "procedures.message",
            $"procedures.message.{file.Id}.{sent.Id}",
            () =>
                (
                    text["MailMessageSubject", file.Number!],
                    text["MailMessageText", file.Number!, context.ProcedureTitle, sent.Text],
                    null
                ),
            cancellationToken
        );

    /// <summary>Tells an agent a file was assigned to them, in their own language.</summary>
    public Task AssignmentAsync(
        ProcedureFile file,
        string accountId,
        string email,
        string name,
        string fileLink,
        CancellationToken cancellationToken = default
    ) =>
        ToAgentAsync(
            file,
            (accountId, email, name),
            fileLink,
            "Assignment",
            "procedures.assignment",
            cancellationToken
        );

    /// <summary>Tells the file's agent, in their language, that the applicant answered a request for more.</summary>
    public Task ComplementsReceivedAsync(
        ProcedureFile file,
        string accountId,
        string email,
        string name,
        string fileLink,
        CancellationToken cancellationToken = default
    ) =>
        ToAgentAsync(
            file,
            (accountId, email, name),
            fileLink,
            "ComplementsReceived",
            "procedures.complements-recus",
            cancellationToken
        );

    /// <summary>
    /// A mail to an agent about a file, from the resources <c>Mail{what}Subject</c> (the number) and
    /// <c>Mail{what}Text</c> (their name, the number, the link to the file in the back office).
    /// </summary>
    private Task ToAgentAsync(
        ProcedureFile file,
        (string AccountId, string Email, string Name) agent,
        string fileLink,
        string what,
        string category,
        CancellationToken cancellationToken
    ) =>
        mailer.EnqueueToAccountAsync(
            agent.AccountId,
            SupportedCultures.Default,
            () =>
                new MailRequest(
                    agent.Email,
                    text[$"Mail{what}Subject", file.Number!],
                    text[$"Mail{what}Text", agent.Name, file.Number!, fileLink],
                    category
                )
                {
                    IdempotencyKey = $"{category}.{file.Id}.{file.Stamp}",
                },
            cancellationToken
        );

    private async Task ToApplicantAsync(
        ProcedureFile file,
        string category,
        string idempotencyKey,
        Func<(string Subject, string Text, string? Message)> render,
        CancellationToken cancellationToken
    )
    {
        var language = await ApplicantLanguageAsync(file, cancellationToken);
        await mailer.EnqueueAsync(
            language,
            () =>
            {
                var (subject, body, message) = render();
                var said = string.IsNullOrWhiteSpace(message) ? "" : "\n\n" + text["MailAgentMessage", message];
                return new MailRequest(file.ApplicantEmail, subject, $"{body}{said}\n\n{WhereToOpen(file)}\n", category)
                {
                    IdempotencyKey = idempotencyKey,
                };
            },
            cancellationToken
        );
    }

    /// <summary>The file for an account holder; otherwise the tracking page, which asks for the code.</summary>
    private string WhereToOpen(ProcedureFile file) =>
        file.ApplicantAccountId is null
            ? text["MailFollowTracking", site.Absolute("/demarches/suivi")]
            : text["MailFollowAccount", site.Absolute($"/demarches/dossier/{file.Id}")];

    private Task<string> ApplicantLanguageAsync(ProcedureFile file, CancellationToken cancellationToken) =>
        mailer.LanguageOfAccountAsync(file.ApplicantAccountId, file.ApplicantLanguage, cancellationToken);
}
