using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Files;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages.Gestion;

/// <summary>
/// One company waiting for its proof: the agent opens the document it sent and validates, prepares the letter
/// with a code for its registered office, or refuses the claim. Each outcome is mailed to its members.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + CompanyPermissions.Verify)]
public sealed class EntrepriseModel(
    CompanyMemberships companies,
    AccountsDb accounts,
    FileStore files,
    AccountLinks links,
    CompanyLetter letters
) : PageModel
{
    public sealed record LetterInput
    {
        [
            Required(ErrorMessage = "CompanyLetterAddressRequired"),
            StringLength(500, ErrorMessage = "CompanyLetterAddressTooLong")
        ]
        public string Address { get; init; } = "";
    }

    public Company Company { get; private set; } = null!;

    public string OwnerName { get; private set; } = "";

    public string OwnerEmail { get; private set; } = "";

    public StoredFile? ProofFile { get; private set; }

    public LetterInput Letter { get; private set; } = new();

    public string SiretShown => EntreprisesModel.SiretOf(Company);

    /// <summary>The public register's page of the establishment, where its registered address is read.</summary>
    public string DirectoryUrl => $"https://annuaire-entreprises.data.gouv.fr/etablissement/{Company.Siret}";

    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetProofAsync(Guid id)
    {
        if (
            !await LoadAsync(id)
            || Company.ProofFileId is not { } fileId
            || await files.OpenAsync(fileId) is not { } opened
        )
        {
            return NotFound();
        }
        return PersonalDownloads.File(Response, opened);
    }

    public async Task<IActionResult> OnPostValidateAsync(Guid id)
    {
        var result = await companies.ValidateAsync(User.RequiredAccountId(), id);
        if (!result.Succeeded)
        {
            return Refused(id, result.Error);
        }
        await links.SendCompanyVerifiedAsync(result.Value!);
        TempData["Notice"] = "CompanyValidatedNotice";
        return RedirectToPage("Entreprises");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id)
    {
        var result = await companies.RejectAsync(User.RequiredAccountId(), id);
        if (!result.Succeeded)
        {
            return Refused(id, result.Error);
        }
        await links.SendCompanyRejectedAsync(result.Value!);
        TempData["Notice"] = "CompanyRejectedNotice";
        return RedirectToPage("Entreprises");
    }

    /// <summary>Answers with the letter itself: its code is known only now, and only its hash is kept.</summary>
    public async Task<IActionResult> OnPostLetterAsync(Guid id, [Bind(Prefix = nameof(Letter))] LetterInput letter)
    {
        Letter = letter;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var issued = await companies.IssueLetterAsync(User.RequiredAccountId(), id);
        if (!issued.Succeeded)
        {
            return Refused(id, issued.Error);
        }
        var pdf = letters.Render(Company, letter.Address, issued.Value!);
        await links.SendCompanyLetterAsync(Company);
        PersonalDownloads.NoStore(Response);
        return File(pdf, "application/pdf", CompanyLetter.FileName(Company));
    }

    private IActionResult Refused(Guid id, CompanyError error)
    {
        if (error == CompanyError.NoSuchCompany)
        {
            return NotFound();
        }
        Problem = CompanyErrors.KeyOf(error);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await companies.FindAsync(id) is not { } company)
        {
            return false;
        }
        Company = company;
        var owner = company.Members.FirstOrDefault(m => m.IsOwner)?.AccountId;
        var person = await accounts
            .Users.AsNoTracking()
            .Where(u => u.Id == owner)
            .Select(u => new { Name = u.GivenName + " " + u.FamilyName, u.Email })
            .FirstOrDefaultAsync();
        OwnerName = person?.Name ?? "";
        OwnerEmail = person?.Email ?? "";
        ProofFile = company.ProofFileId is { } fileId ? await files.FindAsync(fileId) : null;
        return true;
    }
}
