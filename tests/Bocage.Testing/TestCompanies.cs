using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bocage.Testing;

/// <summary>Companies a test needs before its story starts, registered and verified as a member would do it.</summary>
public static class TestCompanies
{
    /// <summary>
    /// A company of the account <paramref name="ownerEmail"/>, verified by its letter's code typed back; its SIRET
    /// a valid one (Luhn keys) made of <paramref name="number"/> (up to seven digits).
    /// </summary>
    public static async Task<string> CreateVerifiedAsync(
        IServiceProvider services,
        string ownerEmail,
        string legalName,
        int number
    )
    {
        using var scope = services.CreateScope();
        var owner = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByEmailAsync(ownerEmail);
        Assert.NotNull(owner);
        // Both keys hold: the SIREN's (nine digits) and the SIRET's.
        Assert.True(Siret.TryParse(WithKey(WithKey($"5{number:D7}") + "0001"), out var siret));
        var now = DateTime.UtcNow;
        var company = Company.Register(siret, legalName, owner.Id, now);
        Assert.True(company.ConfirmLetterCode(owner.Id, company.IssueLetterCode(now).Value, now).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return siret.Value;
    }

    // The digits followed by the Luhn key that makes them valid.
    private static string WithKey(string digits)
    {
        for (var key = 0; key < 10; key++)
        {
            var candidate = digits + key;
            var sum = 0;
            for (var i = 0; i < candidate.Length; i++)
            {
                var digit = candidate[candidate.Length - 1 - i] - '0';
                sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
            }
            if (sum % 10 == 0)
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No key makes the number valid.");
    }
}
