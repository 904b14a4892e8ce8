using Bocage.Kernel.Accounts;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>The link sent by e-mail to prove the address belongs to the person.</summary>
public sealed class ConfirmerModel(UserManager<Account> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? compte, string? code)
    {
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
