using System.Globalization;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Web;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Domain.Business;

/// <summary>
/// The business desk (R02): the place of the directory that answers companies — the PIDE by default
/// (<c>Places:BusinessDesk</c>, a place's slug) — receives the messages of its contact form at the address its
/// entry gives, and the writer gets a copy in their language with the way back. The messages live in the mail
/// outbox only, as any mail.
/// </summary>
internal sealed class BusinessDesk(
    PlacesDb db,
    IConfiguration configuration,
    LocalizedMailer mailer,
    PublicSite site,
    IStringLocalizer<PlacesResource> text
)
{
    public const string ContactPath = "/entreprises/contact";

    /// <summary>The slug of the desk's place in the directory.</summary>
    public string Slug => configuration["Places:BusinessDesk"] ?? "pide-sud-avesnois";

    /// <summary>The desk's place, when it exists and has an address to write to.</summary>
    public async Task<Place?> PlaceAsync(CancellationToken cancellationToken)
    {
        var slug = Slug;
        var place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        return place is { Details.Email.Length: > 0 } ? place : null;
    }

    public async Task SendAsync(Place desk, ContactForm form, CancellationToken cancellationToken)
    {
        var (name, email, company) = (form.Name!.Trim(), form.Email!.Trim(), (form.Company ?? "").Trim());
        var message = form.Message!.Trim();
        // The desk reads French; the topic's words are its own.
        await mailer.EnqueueAsync(
            "fr",
            () =>
                new MailRequest(
                    desk.Details.Email,
                    text["Mail_Contact_Desk_Subject", Topic(form), name],
                    text["Mail_Contact_Desk_Text", name, email, company, Topic(form), message],
                    "places.business-contact"
                ),
            cancellationToken
        );
        await mailer.EnqueueAsync(
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            () =>
                new MailRequest(
                    email,
                    text["Mail_Contact_Copy_Subject", desk.Details.Name],
                    text[
                        "Mail_Contact_Copy_Text",
                        name,
                        desk.Details.Name,
                        Topic(form),
                        message,
                        desk.Details.Phone,
                        site.Absolute($"/annuaire/{desk.Slug}")
                    ],
                    "places.business-contact-copy"
                ),
            cancellationToken
        );
    }

    private string Topic(ContactForm form) => text[$"Contact_Topic_{form.ParsedTopic}"];
}
