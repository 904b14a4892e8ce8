using Bocage.Kernel.Accounts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Domain.Companies;

/// <summary>
/// Tells the commune's agents that a company proposed a change or its own new entry, with the link to it, and the
/// proposer an agent's decision, in their language (their account's, else the one they proposed in), with the reason
/// of a refusal and the link to their entry.
/// </summary>
internal sealed class ChangeMailer(
    UserManager<Account> users,
    LocalizedMailer mailer,
    PermissionChecker permissions,
    PublicSite site,
    IStringLocalizer<PlacesResource> text
)
{
    public const string EntryPath = "/entreprises/ma-fiche";

    /// <summary>
    /// Tells the agents who may decide (the place's commune, the territory's, administrators) that a company waits,
    /// each in their language, with the link to the proposal.
    /// </summary>
    public async Task ProposedAsync(
        PlaceChange change,
        Place place,
        string company,
        CancellationToken cancellationToken
    )
    {
        var agents = await permissions.HoldersAsync(
            PlacesModule.ManagePermission,
            [place.Details.CommuneInsee],
            cancellationToken
        );
        foreach (var agent in agents.Where(a => !string.IsNullOrEmpty(a.Email)))
        {
            await mailer.EnqueueToAccountAsync(
                agent.AccountId,
                "fr",
                () =>
                    new MailRequest(
                        agent.Email!,
                        text[$"Mail_{Texts(change)}_proposed_Subject", place.Details.Name],
                        text[
                            $"Mail_{Texts(change)}_proposed_Text",
                            agent.Name,
                            company,
                            place.Details.Name,
                            site.Absolute($"/gestion/lieux/propositions/{change.Id}")
                        ],
                        "places.change-proposed"
                    )
                    {
                        IdempotencyKey = $"places.change-proposed.{change.Id:N}.{agent.AccountId}",
                    },
                cancellationToken
            );
        }
    }

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
                    text[$"Mail_{Texts(change)}_{what}_Subject", place.Details.Name],
                    text[
                        $"Mail_{Texts(change)}_{what}_Text",
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

    // A company's proposal of its own entry is told in its own words (« Nouvelle fiche proposée »).
    private static string Texts(PlaceChange change) => change.IsNewEntry ? "Entry" : "Change";
}
