using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Accounts;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>The identity forms answer, and work, the same whether an address has an account or not.</summary>
public sealed class AccountEnumerationTests
{
    private const string Inhabitant = "habitant@demo.sud-avesnois.fr";
    private const string Password = "Bocage-demo-2026";
    private const string Failed = "Adresse électronique ou mot de passe incorrect";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_locked_account_behind_a_wrong_password_answers_as_an_unknown_address(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync(Inhabitant, $"mauvais-{i}-mot-de-passe");
        }

        await browser.SignInAsync(Inhabitant, "encore-un-mauvais-mot-de-passe");
        var locked = WebUtility.HtmlDecode(browser.LastPage);
        await browser.SignInAsync("personne@nulle-part.example", "encore-un-mauvais-mot-de-passe");
        var unknown = WebUtility.HtmlDecode(browser.LastPage);

        Assert.Contains(Failed, locked);
        Assert.DoesNotContain("bloqué", locked);
        Assert.Equal(ErrorsOf(unknown), ErrorsOf(locked));
        await browser.SignInAsync(Inhabitant, Password);
        Assert.Contains("ce compte est bloqué pendant 15 minutes", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unconfirmed_address_is_told_only_to_whoever_has_its_password(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        const string email = "sans.confirmation@exemple.fr";
        await browser.SubmitAsync(
            "/inscription",
            SignUpTests.Form(email, "une phrase de passe assez longue"),
            "/inscription"
        );

        await browser.SignInAsync(email, "pas la bonne phrase de passe");
        Assert.Contains(Failed, WebUtility.HtmlDecode(browser.LastPage));
        Assert.DoesNotContain("Confirmez d'abord", WebUtility.HtmlDecode(browser.LastPage));

        await browser.SignInAsync(email, "une phrase de passe assez longue");
        Assert.Contains("Confirmez d'abord votre adresse", WebUtility.HtmlDecode(browser.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_address_costs_one_password_hash_check_as_a_known_one_does(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var counting = new CountingHasher(users.PasswordHasher);
        users.PasswordHasher = counting;
        var check = new PasswordSignInCheck(users, scope.ServiceProvider.GetRequiredService<SignInManager<Account>>());

        var unknown = await check.CheckAsync("personne@nulle-part.example", "un mot de passe");
        var unknownChecks = counting.Verifications;
        var known = await check.CheckAsync(Inhabitant, "un mot de passe");

        Assert.Equal(PasswordSignInOutcome.Failed, unknown.Outcome);
        Assert.Equal(PasswordSignInOutcome.Failed, known.Outcome);
        Assert.Equal(1, unknownChecks);
        Assert.Equal(2, counting.Verifications);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_taken_address_with_a_weak_password_is_refused_as_a_new_one_is(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var taken = app.Browser();
        var free = app.Browser();

        using var takenAnswer = await taken.SubmitAsync(
            "/inscription",
            SignUpTests.Form(Inhabitant, "azerty123456"),
            "/inscription"
        );
        using var freeAnswer = await free.SubmitAsync(
            "/inscription",
            SignUpTests.Form("libre@exemple.fr", "azerty123456"),
            "/inscription"
        );

        Assert.Equal("/inscription", takenAnswer.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Ce mot de passe est trop facile à deviner", WebUtility.HtmlDecode(taken.LastPage));
        Assert.Equal(ErrorsOf(WebUtility.HtmlDecode(free.LastPage)), ErrorsOf(WebUtility.HtmlDecode(taken.LastPage)));
    }

    /// <summary>The error summary and each field's message, in order: what the page says went wrong.</summary>
    private static List<string> ErrorsOf(string page) =>
        [
            .. Regex
                .Matches(
                    page,
                    "<div class=\"alert alert--error\".*?</div>|<p [^>]*class=\"field__error\">.*?</p>",
                    RegexOptions.Singleline
                )
                .Select(m => m.Value),
        ];

    private sealed class CountingHasher(IPasswordHasher<Account> inner) : IPasswordHasher<Account>
    {
        public int Verifications { get; private set; }

        public string HashPassword(Account user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(
            Account user,
            string hashedPassword,
            string providedPassword
        )
        {
            Verifications++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
