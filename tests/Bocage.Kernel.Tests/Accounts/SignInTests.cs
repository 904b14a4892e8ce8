using System.Net;
using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class SignInTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Inhabitant = "habitant@demo.sud-avesnois.fr";
    private const string Password = "Bocage-demo-2026";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_inhabitant_signs_in_and_sees_their_account(DatabaseProvider db)
    {
        var browser = apps.App(db).Browser();

        using var response = await browser.SignInAsync(Inhabitant, Password);

        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Camille", browser.LastPage);
        Assert.Contains("cet appareil", browser.LastPage);
        Assert.Contains("Se déconnecter", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_password_is_refused_at_the_field_and_the_address_is_kept(DatabaseProvider db)
    {
        var browser = apps.App(db).Browser();

        using var response = await browser.SignInAsync(Inhabitant, "pas-le-bon-mot-de-passe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Adresse électronique ou mot de passe incorrect", browser.LastPage);
        Assert.Contains($"value=\"{Inhabitant}\"", browser.LastPage);
        Assert.DoesNotContain("pas-le-bon-mot-de-passe", browser.LastPage);
        Assert.Contains("aria-invalid=\"true\"", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password(DatabaseProvider db)
    {
        var browser = apps.App(db).Browser();

        await browser.SignInAsync("personne@nulle-part.example", "un-mot-de-passe-quelconque");

        Assert.Contains("Adresse électronique ou mot de passe incorrect", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_wrong_passwords_lock_the_account_for_a_while(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync(Inhabitant, $"mauvais-{i}-mot-de-passe");
        }

        await browser.SignInAsync(Inhabitant, Password);

        Assert.Contains("ce compte est bloqué pendant 15 minutes", browser.LastPage);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(Inhabitant))!));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_eleventh_attempt_in_a_minute_is_refused_with_429_in_French(DatabaseProvider db)
    {
        using var app = new BocageFactory(db).With("RateLimits:IdentityFormsPerMinute", "10");
        var browser = app.Browser();
        await browser.OpenAsync("/connexion");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await browser.SubmitAsync(
                "/connexion",
                new Dictionary<string, string>
                {
                    ["Input.Email"] = "x@exemple.fr",
                    ["Input.Password"] = "essai-numero-" + i,
                }
            );
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Contains("Trop de demandes", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused_and_changes_nothing(DatabaseProvider db)
    {
        var browser = apps.App(db).Browser();
        await browser.SignInAsync(Inhabitant, Password);

        using var response = await browser.Client.PostAsync(
            "/compte?handler=Profile",
            new FormUrlEncodedContent(
                new Dictionary<string, string> { ["Profile.GivenName"] = "Pirate", ["Profile.FamilyName"] = "Pirate" }
            )
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Pirate", await browser.OpenAsync("/compte"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task My_account_needs_signing_in(DatabaseProvider db)
    {
        var client = apps.App(db).CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/compte");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion?retour=%2Fcompte", response.Headers.Location!.PathAndQuery);
    }
}
