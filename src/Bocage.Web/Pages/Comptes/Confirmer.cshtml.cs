using Bocage.Kernel.Accounts;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>The link sent by e-mail to prove the address belongs to the person.</summary>
public sealed class ConfirmerModel(UserManager<Account> users) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>The page the person signed up from, where signing in leads them back.</summary>
    public string? ReturnUrl { get; private set; }

    public async Task OnGetAsync(string? compte, string? code, string? retour)
    {
        ReturnUrl = LocalUrls.IsLocal(retour) ? retour : null;
        if (string.IsNullOrEmpty(compte) || string.IsNullOrEmpty(code))
        {
            return;
        }
        var account = await users.FindByIdAsync(compte);
        if (account is null)
        {
            return;
        }
        Confirmed =
            account.EmailConfirmed
            || (await users.ConfirmEmailAsync(account, AccountLinks.DecodeToken(code))).Succeeded;
    }
}
