using System.Globalization;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Documents;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Accounts;

/// <summary>
/// The letter an agent posts to a company's registered office, with the code that proves the company. In
/// French, whatever the agent's page language: it goes to a French registered address.
/// </summary>
public sealed class CompanyLetter(IPdfRenderer pdf, PublicSite site, IStringLocalizer<SharedResource> text)
{
    public static string FileName(Company company) => $"courrier-verification-{company.Siret}.pdf";

    public byte[] Render(Company company, string address, string code) => MailCulture.Render("fr", () =>
        {
            var siret = Siret.Display(company.Siret);
            var until = ParisTime
                .ToParis(company.LetterCodeExpiresAt!.Value)
                .ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
            var page = site.Absolute("/compte/entreprise");
            return pdf.Render(
                new PdfDocument(
                    text["CompanyLetterPdfTitle"],
                    [
                        // One line per line of the envelope: a field's value would run them into one.
                        new PdfHeading(text["CompanyLetterPdfRecipient"]),
                        new PdfParagraph(address.Trim()),
                        new PdfParagraph(text["CompanyLetterPdfBody", company.LegalName, siret, page, until]),
                        new PdfFields([
                            new(text["CompanyLetterPdfCode"], Company.FormatCode(code)),
                            new(text["CompanyLetterPdfValid"], until),
                        ]),
                    ]
                )
                {
                    Subtitle = text["CompanyLetterPdfIssuer"],
                    Footer = company.LegalName,
                }
            );
        });
}
