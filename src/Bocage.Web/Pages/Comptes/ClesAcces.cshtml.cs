using Bocage.Kernel.Accounts;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>
/// The signed-in person's passkeys: options for the browser, then the browser's answer, and removal.
/// Every handler is a POST, so the anti-forgery token guards the options too (they set the
/// challenge cookie the answer is checked against).
/// </summary>
[Authorize]
public sealed class ClesAccesModel(UserManager<Account> users, AccountPasskeys passkeys) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public IActionResult OnGet() => RedirectToPage("/Comptes/Compte");

    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var account = await users.GetUserAsync(User);
        return account is null
            ? Challenge()
            : Content(await passkeys.CreationOptionsAsync(account), "application/json");
    }

    public async Task<IActionResult> OnPostAsync(string? credential, string? name)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        var problem = await passkeys.AddAsync(account, credential, name);
        if (problem is null)
        {
            Notice = "PasskeyAdded";
        }
        else
        {
            Problem = problem;
        }
        return RedirectToPage("/Comptes/Compte");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? id)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        if (await passkeys.RemoveAsync(account, id))
        {
            Notice = "PasskeyRemoved";
        }
        else
        {
            Problem = "PasskeyNotFound";
        }
        return RedirectToPage("/Comptes/Compte");
    }
}
