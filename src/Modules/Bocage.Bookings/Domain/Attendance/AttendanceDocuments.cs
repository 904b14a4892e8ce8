using Bocage.Bookings.Domain.Notices;
using Bocage.Kernel.Documents;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Time;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Attendance;

/// <summary>
/// The attendance sheet of a session (names, a column to sign, who was marked present) and the certificate of
/// attendance a participant downloads: documents of the collectivity that runs the place, in French whatever the
/// page's language, like every document it issues.
/// </summary>
internal sealed class AttendanceDocuments(
    IPdfRenderer pdf,
    IStringLocalizer<BookingsResource> text,
    BookingWording wording,
    TimeProvider clock,
    DocumentEmblems emblems
)
{
    public static string SheetFileName(Session session) =>
        $"emargement-{ParisTime.ToParis(session.StartUtc):yyyy-MM-dd-HHmm}.pdf";

    public static string CertificateFileName(Booking booking) => $"attestation-{booking.Reference}.pdf";

    public async Task<byte[]> SheetAsync(
        Resource resource,
        Session session,
        IReadOnlyList<Booking> participants,
        string issuer
    )
    {
        var emblem = await emblems.OfAsync(resource.CommuneInsee);
        return MailCulture.Render("fr", () => pdf.Render(
                new PdfDocument(
                    text["Doc_SheetTitle", resource.Name],
                    [
                        new PdfFields([
                            new(text["Doc_Session"], session.Title),
                            new(text["Fact_When"], wording.When(session.StartUtc, session.EndUtc)),
                            new(text["Fact_Where"], resource.Address),
                            new(
                                text["Doc_Registered"],
                                participants.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            ),
                        ]),
                        new PdfTable(
                            [text["Fact_Name"], text["Fact_Reference"], text["Doc_Present"], text["Doc_Signature"]],
                            [
                                .. participants.Select(p =>
                                    (IReadOnlyList<string>)[p.Name, p.Reference, Presence(p.Attended), ""]
                                ),
                            ]
                        ),
                    ]
                )
                {
                    Subtitle = issuer,
                    Emblem = emblem,
                    Footer = text["Doc_SheetTitle", resource.Name],
                }
            ));
    }

    public async Task<byte[]> CertificateAsync(Resource resource, Booking booking, string sessionTitle, string issuer)
    {
        var emblem = await emblems.OfAsync(resource.CommuneInsee);
        return MailCulture.Render("fr", () => pdf.Render(
                new PdfDocument(
                    text["Doc_CertificateTitle"],
                    [
                        new PdfParagraph(
                            text[
                                "Doc_CertificateText",
                                issuer,
                                booking.Name,
                                resource.Name,
                                wording.When(booking.StartUtc, booking.EndUtc)
                            ]
                        ),
                        new PdfFields([
                            new(text["Doc_Session"], sessionTitle),
                            new(text["Fact_Reference"], booking.Reference),
                            new(text["Doc_Issued"], ParisTime.Format(clock.GetUtcNow().UtcDateTime)),
                        ]),
                    ]
                )
                {
                    Subtitle = issuer,
                    Emblem = emblem,
                    Footer = text["Doc_CertificateTitle"] + " " + booking.Reference,
                }
            ));
    }

    private string Presence(bool? attended) =>
        attended switch
        {
            true => text["Doc_Yes"],
            false => text["Doc_No"],
            null => "",
        };
}
