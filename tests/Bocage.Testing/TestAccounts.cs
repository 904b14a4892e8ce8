using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bocage.Testing;

/// <summary>Accounts a test needs before its story starts, made as the sign-up and its confirmation would.</summary>
public static class TestAccounts
{
    /// <summary>A confirmed inhabitant account, as if the person had signed up and opened the mailed link.</summary>
    public static async Task CreateConfirmedAsync(
        IServiceProvider services,
        string email,
        string givenName,
        string familyName,
        string password
    )
    {
        using var scope = services.CreateScope();
        var created = await scope
            .ServiceProvider.GetRequiredService<UserManager<Account>>()
            .CreateAsync(
                new Account
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    GivenName = givenName,
                    FamilyName = familyName,
                    CreatedAt = DateTime.UtcNow,
                },
                password
            );
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
    }
}
