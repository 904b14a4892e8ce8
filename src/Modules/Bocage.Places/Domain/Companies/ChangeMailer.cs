using Bocage.Kernel.Accounts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Domain.Companies;

/// <summary>
/// Tells the proposer an agent's decision on their change, in their language (their account's, else the one they
/// proposed in), with the reason of a refusal and the link to their entry.
/// </summary>
internal sealed class ChangeMailer(
    UserManager<Account> users,
    LocalizedMailer mailer,
    PublicSite site,
    IStringLocalizer<PlacesResource> text
)
{
    public const string EntryPath = "/entreprises/ma-fiche";

    /// <param name="what"><c>approved</c> or <c>refused</c>, as the texts and the mail's category name it.</param>
    public async Task DecidedAsync(PlaceChange change, Place place, string what, CancellationToken cancellationToken)
    {
        var proposer = change.AccountId.Length == 0 ? null : await users.FindByIdAsync(change.AccountId);
        if (proposer?.Email is not { } email)
        {
            return; // the proposer's account has been erased since
        }
        await mailer.EnqueueToAccountAsync(
            proposer.Id,
            change.Language,
            () =>
                new MailRequest(
                    email,
                    text[$"Mail_Change_{what}_Subject", place.Details.Name],
                    text[
                        $"Mail_Change_{what}_Text",
                        proposer.GivenName,
                        place.Details.Name,
                        change.Reason,
                        site.Absolute(EntryPath)
                    ],
                    $"places.change-{what}"
                )
                {
                    IdempotencyKey = $"places.change-{what}.{change.Id:N}",
                },
            cancellationToken
        );
    }
}
