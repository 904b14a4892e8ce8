using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Contracts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Territory;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Notices;

/// <summary>
/// Mails a person who joined a waiting list: the slot, their place in the queue, how long a freed seat is kept for
/// them, and the page where they see their waiting lists and leave one.
/// </summary>
internal sealed class WaitingMailer(
    WaitingList waiting,
    TerritoryNames territory,
    BookingWording wording,
    LocalizedMailer mailer,
    IStringLocalizer<BookingsResource> text
) : IDomainEventHandler<WaitingNotice>
{
    public async Task HandleAsync(WaitingNotice domainEvent, CancellationToken cancellationToken)
    {
        // Nothing when the person left the queue, was already offered a seat (that mail says it) or the slot is gone.
        if (
            await waiting.ViewAsync(domainEvent.EntryId, cancellationToken) is not var (entry, resource, slot, position)
        )
        {
            return;
        }
        var commune = BookingWording.Commune(await territory.GetAsync(cancellationToken), resource.CommuneInsee);
        var language = await mailer.LanguageOfAccountAsync(entry.AccountId, entry.Language, cancellationToken);
        await mailer.EnqueueAsync(
            language,
            () =>
            {
                var when = wording.When(slot.StartUtc, slot.EndUtc);
                return new MailRequest(
                    entry.Email,
                    text["Mail_waiting_Subject", resource.Name, when],
                    text[
                        "Mail_waiting_Text",
                        entry.Name,
                        resource.Name,
                        when,
                        wording.Where(resource, commune),
                        position,
                        resource.OfferHours,
                        wording.WaitingListsLink
                    ],
                    "bookings.waiting"
                )
                {
                    IdempotencyKey = $"bookings.waiting.{entry.Id:N}",
                };
            },
            cancellationToken
        );
    }
}
