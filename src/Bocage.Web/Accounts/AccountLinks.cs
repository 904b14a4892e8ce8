using System.Text;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Accounts;

/// <summary>
/// The e-mails of the account life cycle, each with a single-use link back to the site, in the account's
/// preferred language (not the page's: an administrator may be the one asking).
/// </summary>
public sealed partial class AccountLinks(
    UserManager<Account> users,
    IAccountMailer mailer,
    PublicSite site,
    IStringLocalizer<SharedResource> text,
    LocalizedMailer languages
)
{
    public async Task SendConfirmationAsync(Account account, string? returnUrl = null)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var back = LocalUrls.IsLocal(returnUrl) ? $"&retour={Uri.EscapeDataString(returnUrl)}" : "";
        var link = Absolute(
            $"/inscription/confirmer?compte={Uri.EscapeDataString(account.Id)}&code={EncodeToken(token)}{back}"
        );
        await SendAsync(account.Email!, account.PreferredLanguage, "account.confirm", () =>
            (text["MailConfirmSubject"], text["MailConfirmBody", account.GivenName, link])
        );
    }

    public Task SendAlreadyRegisteredAsync(Account account, string? returnUrl = null) =>
        SendAsync(account.Email!, account.PreferredLanguage, "account.already", () =>
            (
                text["MailAlreadySubject"],
                text[
                    "MailAlreadyBody",
                    account.GivenName,
                    Absolute(LocalUrls.WithReturn("/connexion", returnUrl)),
                    Absolute("/mot-de-passe-oublie")
                ]
            )
        );

    public async Task SendPasswordResetAsync(Account account)
    {
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var link = Absolute(
            $"/mot-de-passe/nouveau?compte={Uri.EscapeDataString(account.Id)}&code={EncodeToken(token)}"
        );
        await SendAsync(account.Email!, account.PreferredLanguage, "account.reset", () =>
            (text["MailResetSubject"], text["MailResetBody", account.GivenName, link])
        );
    }

    public async Task SendInvitationAsync(Account account)
    {
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var link = Absolute($"/invitation?compte={Uri.EscapeDataString(account.Id)}&code={EncodeToken(token)}");
        await SendAsync(account.Email!, account.PreferredLanguage, "account.invite", () =>
            (text["MailInviteSubject"], text["MailInviteBody", account.GivenName, link])
        );
    }

    /// <summary>
    /// Texts rendered through the kernel's <see cref="MailCulture"/>, like every other mail; sent through <see
    /// cref="IAccountMailer"/>.
    /// </summary>
    private Task SendAsync(string to, string language, string category, Func<(string Subject, string Body)> render)
    {
        var (subject, body) = MailCulture.Render(language, render);
        return mailer.SendAsync(to, subject, body, category);
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

    // From the configured address, never the request's Host header: a forged Host would mail a valid token to another
    // site.
    private string Absolute(string path) => site.Absolute(path);
}
