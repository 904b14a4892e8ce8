using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Notices;
using Bocage.Payments.Contracts;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Payment;

/// <summary>
/// A priced booking becomes an invoice of the place's régie through the Payments engine's contract (idempotent
/// on the booking's reference), in the person's name. With the Payments engine switched off, nothing is
/// registered and a priced booking cannot be made: the page says so.
/// </summary>
internal sealed class BookingPayments(
    IEnumerable<IInvoicing> invoicing,
    BookingsDb db,
    BookingWording wording,
    IStringLocalizer<BookingsResource> text
)
{
    public const string Origin = "Bookings";

    /// <summary>How long an unpaid booking holds its seat while the person pays online.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromMinutes(30);

    public bool Available => invoicing.Any();

    /// <summary>Issues the booking's invoice and keeps its id; false when no régie can issue it.</summary>
    public async Task<bool> InvoiceAsync(Booking booking, Resource resource, CancellationToken cancellationToken)
    {
        if (invoicing.FirstOrDefault() is not { } payments || booking.AmountCents <= 0)
        {
            return false;
        }
        try
        {
            // The invoice is a French accounting document, whatever the page's language.
            var label = Kernel.Mail.MailCulture.Render("fr", () =>
                text["Invoice_Label", resource.Name, wording.When(booking.StartUtc, booking.EndUtc)].Value
            );
            var handle = await payments.RequestAsync(
                new InvoiceRequest(
                    Origin,
                    booking.Reference,
                    resource.CommuneInsee,
                    resource.RegieCode,
                    booking.AmountCents,
                    label,
                    new InvoicePayer(
                        booking.AccountId.Length == 0 ? null : booking.AccountId,
                        booking.Email,
                        booking.Name
                    )
                ),
                cancellationToken
            );
            booking.AttachInvoice(handle.InvoiceId);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            // No régie for the place's collectivity (or code): an agent must set one up.
            return false;
        }
    }
}
