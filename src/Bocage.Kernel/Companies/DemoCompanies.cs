using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Companies;

/// <summary>
/// The demo's verified company: the bakery of the demo directory (same SIRET), whose owner proposes updates of its
/// entry there (Database:SeedDemo only).
/// </summary>
internal static class DemoCompanies
{
    public const string BakeryOwner = "boulangerie@demo.sud-avesnois.fr";

    /// <summary>The « Boulangerie de la place Verte » of the places engine's demo (a key that holds).</summary>
    public const string BakerySiret = "87890123000010";

    public static async Task SeedAsync(UserManager<Account> users, AccountsDb db, TimeProvider clock)
    {
        var owner = await users.FindByEmailAsync(BakeryOwner);
        if (
            owner is null
            || await db.Companies.AnyAsync(c => c.Siret == BakerySiret)
            || !Siret.TryParse(BakerySiret, out var siret)
        )
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var company = Company.Register(siret, "Boulangerie de la place Verte", owner.Id, now);
        // Verified as a letter's code typed back verifies it: the demo shows a company that has proved itself.
        company.ConfirmLetterCode(owner.Id, company.IssueLetterCode(now).Value, now);
        db.Companies.Add(company);
        await db.SaveChangesAsync();
    }
}
