using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Mandates;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>
/// A mediator updates a person's contact details under a mandate covering them; the act is audited as
/// done by the mediator for the person, who sees it in their account.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + MandateScopes.MediatorPermission)]
public sealed class MandatProfilModel(MandateRegistry mandates, UserManager<Account> users, AuditLog audit) : PageModel
{
    public sealed record InputModel
    {
        [Required(ErrorMessage = "GivenNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string GivenName { get; init; } = "";

        [Required(ErrorMessage = "FamilyNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string FamilyName { get; init; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Account Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PersonUnderMandateAsync(id) is not { } person)
        {
            return NotFound();
        }
        Input = new InputModel { GivenName = person.GivenName, FamilyName = person.FamilyName };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PersonUnderMandateAsync(id) is not { } person)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        person.GivenName = Input.GivenName.Trim();
        person.FamilyName = Input.FamilyName.Trim();
        await users.UpdateAsync(person);
        await audit.AppendAsync(
            AuditActor.Of(User),
            "accounts.profile.update",
            AuditActor.Of(person.Id),
            details: $"mandate:{id}",
            onBehalfOf: AuditActor.Of(person.Id)
        );
        return Redirect("/gestion/mandats");
    }

    /// <summary>
    /// Not found, rather than forbidden, when the mandate is not usable: it tells nothing of who gave what.
    /// </summary>
    private async Task<Account?> PersonUnderMandateAsync(Guid id)
    {
        var mandate = await mandates.FindUsableAsync(id, User.RequiredAccountId(), MandateScopes.Profile);
        var person = mandate is null ? null : await users.FindByIdAsync(mandate.PersonId);
        if (person is not null)
        {
            Person = person;
        }
        return person;
    }
}
