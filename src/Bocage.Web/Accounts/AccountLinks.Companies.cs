using Bocage.Kernel.Companies;
using Bocage.Kernel.Mail;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Accounts;

/// <summary>The e-mails of a company's life: invitations, and each step of proving the company.</summary>
public sealed partial class AccountLinks
{
    /// <summary>
    /// An owner's invitation to act for their company; the link works once, for seven days. The invitee may
    /// have no account yet: then the owner's page language is the best guess.
    /// </summary>
    public async Task SendCompanyInvitationAsync(string email, string companyName, string invitedBy, string token)
    {
        var link = Absolute($"/entreprise/invitation?code={Uri.EscapeDataString(token)}");
        var language = await languages.LanguageOfAddressAsync(email, MailCulture.Current);
        await SendAsync(email, language, "company.invite", () =>
            (text["MailCompanyInviteSubject", companyName], text["MailCompanyInviteBody", invitedBy, companyName, link])
        );
    }

    /// <summary>An agent prepared the letter: its members know to watch the post, and where to type the code.</summary>
    public Task SendCompanyLetterAsync(Company company) =>
        SendToMembersAsync(company, "company.letter", () =>
            (
                text["MailCompanyLetterSubject", company.LegalName],
                text["MailCompanyLetterBody", company.LegalName, Absolute(CompanyPage)]
            )
        );

    public Task SendCompanyVerifiedAsync(Company company) =>
        SendToMembersAsync(company, "company.verified", () =>
            (
                text["MailCompanyVerifiedSubject", company.LegalName],
                text["MailCompanyVerifiedBody", company.LegalName, Absolute(CompanyPage)]
            )
        );

    /// <summary>Sent after the company is removed: the link leads to registering it again.</summary>
    public Task SendCompanyRejectedAsync(Company company) =>
        SendToMembersAsync(company, "company.rejected", () =>
            (
                text["MailCompanyRejectedSubject", company.LegalName],
                text["MailCompanyRejectedBody", company.LegalName, company.Siret, Absolute(CompanyPage)]
            )
        );

    private const string CompanyPage = "/compte/entreprise";

    /// <summary>Each member in their own language; the members are read from the company as loaded.</summary>
    private async Task SendToMembersAsync(Company company, string category, Func<(string Subject, string Body)> render)
    {
        var ids = company.Members.Select(m => m.AccountId).ToList();
        var members = await users
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Email, u.PreferredLanguage })
            .ToListAsync();
        foreach (var member in members)
        {
            await SendAsync(member.Email!, member.PreferredLanguage, category, render);
        }
    }
}
