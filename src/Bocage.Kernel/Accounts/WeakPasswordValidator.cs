using Microsoft.AspNetCore.Identity;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// Refuses the passwords found first in every breach list, and passwords built on the person's own
/// e-mail or name, which length rules alone let through.
/// </summary>
public sealed class WeakPasswordValidator : IPasswordValidator<Account>
{
    public const string Code = "WeakPassword";

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012",
        "1234567890123",
        "azertyuiop12",
        "azertyuiopqs",
        "qwertyuiop12",
        "motdepasse123",
        "motdepasse2024",
        "motdepasse2025",
        "motdepasse2026",
        "password1234",
        "password12345",
        "passwordpassword",
        "iloveyou1234",
        "jetaime12345",
        "doudou123456",
        "soleil123456",
        "marseille13",
        "football1234",
        "bonjour12345",
        "azerty123456",
        "qwerty123456",
        "000000000000",
        "111111111111",
        "123123123123",
        "abcdefghijkl",
        "abc123456789",
        "administrateur",
        "utilisateur1",
        "changeme1234",
        "welcome12345",
        "fourmies1234",
        "sudavesnois1",
        "avesnois1234",
        "nordpasdecalais",
        "motdepasse!!",
        "Azerty123456!",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var lowered = password.ToLowerInvariant();
        var personal = new[] { user.Email?.Split('@')[0], user.GivenName, user.FamilyName }
            .Where(p => p is { Length: >= 3 })
            .Any(p => lowered.Contains(p!.ToLowerInvariant(), StringComparison.Ordinal));
        var weak = Common.Contains(password) || personal || password.Distinct().Count() < 5;
        return Task.FromResult(
            weak ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Code }) : IdentityResult.Success
        );
    }
}
