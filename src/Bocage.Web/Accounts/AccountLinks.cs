using System.Text;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Accounts;

/// <summary>The e-mails of the account life cycle, each with a single-use link back to the site.</summary>
public sealed class AccountLinks(
    UserManager<Account> users, IAccountMailer mailer, PublicSite site, IStringLocalizer<SharedResource> text)
{
    public async Task SendConfirmationAsync(Account account)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var link = Absolute($"/inscription/confirmer?compte={Uri.EscapeDataString(account.Id)}&code={EncodeToken(token)}");
        await mailer.SendAsync(account.Email!, text["MailConfirmSubject"], text["MailConfirmBody", account.GivenName, link], "account.confirm");
    }

    public Task SendAlreadyRegisteredAsync(Account account) =>
        mailer.SendAsync(account.Email!, text["MailAlreadySubject"], text["MailAlreadyBody", account.GivenName, Absolute("/connexion"), Absolute("/mot-de-passe-oublie")], "account.already");

    public async Task SendPasswordResetAsync(Account account)
    {
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var link = Absolute($"/mot-de-passe/nouveau?compte={Uri.EscapeDataString(account.Id)}&code={EncodeToken(token)}");
        await mailer.SendAsync(account.Email!, text["MailResetSubject"], text["MailResetBody", account.GivenName, link], "account.reset");
    }

    public async Task SendInvitationAsync(Account account)
    {
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var link = Absolute($"/invitation?compte={Uri.EscapeDataString(account.Id)}&code={EncodeToken(token)}");
        await mailer.SendAsync(account.Email!, text["MailInviteSubject"], text["MailInviteBody", account.GivenName, link], "account.invite");
    }

    /// <summary>An owner's invitation to act for their company; the link works once, for seven days.</summary>
    public Task SendCompanyInvitationAsync(string email, string companyName, string invitedBy, string token)
    {
        var link = Absolute($"/entreprise/invitation?code={Uri.EscapeDataString(token)}");
        return mailer.SendAsync(email, text["MailCompanyInviteSubject", companyName], text["MailCompanyInviteBody", invitedBy, companyName, link], "company.invite");
    }

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string DecodeToken(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    // From the configured address, never the request's Host header: a forged Host would mail a valid token to another site.
    private string Absolute(string path) => site.Absolute(path);
}
