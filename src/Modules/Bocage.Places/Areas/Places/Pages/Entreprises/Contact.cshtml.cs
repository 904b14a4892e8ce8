using Bocage.Kernel.Accounts;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Business;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Entreprises;

/// <summary>
/// Write to the business desk (<c>/entreprises/contact</c>): anyone, signed in or not (the name and address of a
/// signed-in person are filled in); each mistake told at its field with the message kept; sent, the page says so
/// and the writer receives a copy. Posts are limited per address, as every open form.
/// </summary>
[EnableRateLimiting(RateLimitPolicy)]
internal sealed class ContactModel(BusinessDesk desk, UserManager<Account> users, IStringLocalizer<PlacesResource> text)
    : PageModel
{
    public const string RateLimitPolicy = "places-business-contact";

    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public Place? Desk { get; private set; }

    /// <summary>True once the message has left (the page after the post, <c>?envoye=1</c>).</summary>
    public bool Sent { get; private set; }

    public async Task OnGetAsync(string? envoye, string? sujet, CancellationToken cancellationToken)
    {
        Desk = await desk.PlaceAsync(cancellationToken);
        Sent = envoye == "1";
        Input.Topic = sujet;
        if (User.AccountId() is { } accountId && await users.FindByIdAsync(accountId) is { } account)
        {
            (Input.Name, Input.Email) = (account.DisplayName, account.Email);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Desk = await desk.PlaceAsync(cancellationToken);
        if (Desk is null)
        {
            return Page();
        }
        foreach (var (field, key, arguments) in Input.Problems())
        {
            ModelState.AddModelError($"Input.{field}", text[key, arguments]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await desk.SendAsync(Desk, Input, cancellationToken);
        return Redirect(BusinessDesk.ContactPath + "?envoye=1");
    }
}
