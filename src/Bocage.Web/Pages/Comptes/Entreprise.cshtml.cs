using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Files;
using Bocage.Web.Accounts;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

/// <summary>
/// "Mon entreprise": register the company by its SIRET, or see it with its members; the owner invites,
/// removes and hands over, anyone may leave; until the company is proved, its members send a document or type
/// the code of the letter posted to it. Invitations send e-mails and codes may be guessed, hence the rate limit.
/// </summary>
[Authorize, EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class EntrepriseModel(
    CompanyMemberships companies,
    AccountsDb accounts,
    UserManager<Account> users,
    AccountLinks links,
    UploadService uploads,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    /// <summary>A register extract or a scan of it: a few pages at most.</summary>
    public const long MaxProofBytes = 5 * 1024 * 1024;

    private static readonly FileKind[] ProofKinds = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png];

    public sealed record RegisterInput
    {
        [Required(ErrorMessage = "SiretRequired"), StringLength(40, ErrorMessage = "SiretInvalid")]
        public string Siret { get; init; } = "";

        [Required(ErrorMessage = "LegalNameRequired"), StringLength(200, ErrorMessage = "LegalNameTooLong")]
        public string LegalName { get; init; } = "";
    }

    public sealed record InviteInput
    {
        [
            Required(ErrorMessage = "EmailRequired"),
            EmailAddress(ErrorMessage = "EmailInvalid"),
            StringLength(254, ErrorMessage = "EmailInvalid")
        ]
        public string Email { get; init; } = "";
    }

    public sealed record CodeInput
    {
        [Required(ErrorMessage = "CompanyCodeRequired"), StringLength(40, ErrorMessage = "CompanyErrorCodeWrong")]
        public string Code { get; init; } = "";
    }

    public sealed record ProofInput
    {
        [Required(ErrorMessage = "CompanyProofRequired")]
        public IFormFile? File { get; init; }
    }

    public sealed record MemberView(string AccountId, string Name, string Email, CompanyRole Role, DateTime JoinedAt);

    // Each form binds through its own handler's parameter, so that posting one form never validates the other.
    public RegisterInput Register { get; private set; } = new();

    public InviteInput Invite { get; private set; } = new();

    public CodeInput Code { get; private set; } = new();

    public ProofInput Proof { get; private set; } = new();

    public Company? Company { get; private set; }

    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public IReadOnlyList<CompanyInvitation> Pending { get; private set; } = [];

    public string AccountId { get; private set; } = "";

    /// <summary>Grouped as on invoices, easier to compare with one's papers.</summary>
    public string SiretShown => Siret.Display(Company?.Siret);

    public bool IsOwner => Company?.IsOwner(AccountId) == true;

    /// <summary>The only owner, with others still in the company: leaving is refused until they hand over.</summary>
    public bool MustHandOverFirst =>
        IsOwner && Members.Count > 1 && Members.Count(m => m.Role == CompanyRole.Owner) == 1;

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRegisterAsync([Bind(Prefix = nameof(Register))] RegisterInput register)
    {
        Register = register;
        await LoadAsync();
        // One message per field: an empty SIRET already has its own.
        if (!Siret.TryParse(register.Siret, out var siret) && ModelState["Register.Siret"] is not { Errors.Count: > 0 })
        {
            ModelState.AddModelError("Register.Siret", text["SiretInvalid"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await companies.RegisterAsync(AccountId, siret, register.LegalName);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(
                result.Error == CompanyError.SiretTaken ? "Register.Siret" : "",
                text[CompanyErrors.KeyOf(result.Error)]
            );
            return Page();
        }
        Notice = "CompanyRegistered";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostInviteAsync([Bind(Prefix = nameof(Invite))] InviteInput invite)
    {
        Invite = invite;
        await LoadAsync();
        if (!IsOwner)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await companies.InviteAsync(AccountId, invite.Email);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Invite.Email", text[CompanyErrors.KeyOf(result.Error)]);
            return Page();
        }
        var inviter = await users.GetUserAsync(User);
        await links.SendCompanyInvitationAsync(
            result.Value!.Invitation.Email,
            Company!.LegalName,
            inviter?.DisplayName ?? "",
            result.Value.Token
        );
        Notice = "CompanyInvitationSent";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCodeAsync([Bind(Prefix = nameof(Code))] CodeInput code)
    {
        Code = code;
        await LoadAsync();
        if (Company is null)
        {
            return RedirectToPage();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await companies.ConfirmLetterCodeAsync(AccountId, code.Code);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Code.Code", text[CompanyErrors.KeyOf(result.Error)]);
            return Page();
        }
        Notice = "CompanyVerified";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostProofAsync([Bind(Prefix = nameof(Proof))] ProofInput proof)
    {
        await LoadAsync();
        if (Company is null || Company.IsVerified)
        {
            return RedirectToPage();
        }
        if (!ModelState.IsValid || proof.File is null)
        {
            return Page();
        }
        await using var content = proof.File.OpenReadStream();
        var upload = await uploads.AcceptAsync(
            new UploadRequest(
                content,
                proof.File.FileName,
                proof.File.ContentType,
                ProofKinds,
                "Kernel",
                AuditActor.Of(AccountId)
            )
            {
                MaxBytes = MaxProofBytes,
            }
        );
        if (upload is UploadResult.Refused refused)
        {
            ModelState.AddModelError("Proof.File", refused.Message);
            return Page();
        }
        var stored = ((UploadResult.Accepted)upload).File;
        var result = await companies.SendProofAsync(AccountId, stored.Id);
        if (!result.Succeeded)
        {
            Problem = CompanyErrors.KeyOf(result.Error);
            return RedirectToPage();
        }
        Notice = "CompanyProofSent";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? member) =>
        Outcome(await companies.RemoveAsync(User.RequiredAccountId(), member ?? ""), "CompanyMemberRemoved");

    public async Task<IActionResult> OnPostTransferAsync(string? member) =>
        Outcome(await companies.TransferAsync(User.RequiredAccountId(), member ?? ""), "CompanyOwnershipTransferred");

    public async Task<IActionResult> OnPostLeaveAsync() =>
        Outcome(await companies.LeaveAsync(User.RequiredAccountId()), "CompanyLeft");

    /// <summary>Post, then redirect: what went right or wrong is shown once on the next view of the page.</summary>
    private IActionResult Outcome(CompanyResult result, string notice)
    {
        // Only an owner is shown these buttons: anyone else posting them is refused outright.
        if (result.Error == CompanyError.NotOwner)
        {
            return Forbid();
        }
        if (result.Succeeded)
        {
            Notice = notice;
        }
        else
        {
            Problem = CompanyErrors.KeyOf(result.Error);
        }
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        AccountId = User.RequiredAccountId();
        Company = await companies.OfAccountAsync(AccountId);
        if (Company is null)
        {
            return;
        }
        var ids = Company.Members.Select(m => m.AccountId).ToList();
        var people = await accounts
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (Name: u.DisplayName, Email: u.Email ?? ""));
        Members = Company
            .Members.Select(m => new MemberView(
                m.AccountId,
                people.GetValueOrDefault(m.AccountId).Name ?? "",
                people.GetValueOrDefault(m.AccountId).Email ?? "",
                m.Role,
                m.JoinedAt
            ))
            .OrderByDescending(m => m.Role)
            .ThenBy(m => m.JoinedAt)
            .ToList();
        Pending = IsOwner ? await companies.PendingInvitationsAsync(Company.Id) : [];
    }
}
