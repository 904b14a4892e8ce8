using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages;

/// <summary>The page shown for 404, 403, 500…: in the visitor's language, with a way back.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
[Bocage.Web.Accounts.SecondFactorNotRequired]
public sealed class ErreurModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>Set when an identity provider's callback was refused, so that the page says so.</summary>
    public string? ExternalProvider { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and < 600 ? code : 500;
        ExternalProvider = HttpContext.Items[IdentityProviderSetup.FailureItem] as string;
    }

    public void OnPost(int code) => OnGet(code);
}
