using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Gestion;

/// <summary>Administrators invite agents, elected officials and partners, each with a first permission.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PermissionChecker.Administrator)]
public sealed class AgentsModel(
    AccountsDb accounts,
    KernelDb kernel,
    ModuleRegistry modules,
    UserManager<Account> users,
    StaffInvitations invitations,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [
            Required(ErrorMessage = "EmailRequired"),
            EmailAddress(ErrorMessage = "EmailInvalid"),
            StringLength(254, ErrorMessage = "EmailInvalid")
        ]
        public string Email { get; init; } = "";

        [Required(ErrorMessage = "GivenNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string GivenName { get; init; } = "";

        [Required(ErrorMessage = "FamilyNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string FamilyName { get; init; } = "";

        public AccountKind Kind { get; init; } = AccountKind.Agent;

        [Required(ErrorMessage = "OrganisationRequired")]
        public string Organisation { get; init; } = "";

        [Required(ErrorMessage = "PermissionRequired")]
        public string Permission { get; init; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Account> Staff { get; private set; } = [];

    /// <summary>Staff with a second factor: an authenticator application or at least one passkey.</summary>
    public IReadOnlySet<string> WithSecondFactor { get; private set; } = new HashSet<string>();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<PermissionDefinition> Permissions { get; private set; } = [];

    public static readonly AccountKind[] StaffKinds =
    [
        AccountKind.Agent,
        AccountKind.Elected,
        AccountKind.Partner,
        AccountKind.Administrator,
    ];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!StaffKinds.Contains(Input.Kind))
        {
            ModelState.AddModelError("Input.Kind", text["KindInvalid"]);
        }
        var organisation = Organisations.FirstOrDefault(o => o.Slug == Input.Organisation);
        if (organisation is null && !string.IsNullOrEmpty(Input.Organisation))
        {
            ModelState.AddModelError("Input.Organisation", text["OrganisationRequired"]);
        }
        if (Permissions.All(p => p.Key != Input.Permission) && !string.IsNullOrEmpty(Input.Permission))
        {
            ModelState.AddModelError("Input.Permission", text["PermissionRequired"]);
        }
        if (await users.FindByEmailAsync(Input.Email.Trim()) is not null)
        {
            ModelState.AddModelError("Input.Email", text["EmailTaken"]);
        }
        if (!ModelState.IsValid || organisation is null)
        {
            return Page();
        }
        var invitation = new StaffInvitation(
            Input.Email.Trim(),
            Input.GivenName.Trim(),
            Input.FamilyName.Trim(),
            Input.Kind,
            Input.Permission,
            GrantScope.Organisation(organisation.Slug)
        );
        await invitations.InviteAsync(invitation, User.RequiredAccountId());
        Notice = "InvitationSent";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Staff = await accounts
            .Users.AsNoTracking()
            .Where(a => StaffKinds.Contains(a.Kind))
            .OrderBy(a => a.FamilyName)
            .ThenBy(a => a.GivenName)
            .ToListAsync();
        var withPasskey = await accounts.UserPasskeys.Select(p => p.UserId).Distinct().ToListAsync();
        WithSecondFactor = Staff.Where(a => a.TwoFactorEnabled).Select(a => a.Id).Concat(withPasskey).ToHashSet();
        Organisations = await kernel
            .Organisations.AsNoTracking()
            .OrderBy(o => o.Kind)
            .ThenBy(o => o.Name)
            .ToListAsync();
        Permissions = modules.Modules.SelectMany(m => m.Permissions).ToList();
    }
}
