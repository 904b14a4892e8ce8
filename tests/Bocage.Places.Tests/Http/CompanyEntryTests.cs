using System.Net;
using Bocage.Kernel.Accounts;
using Bocage.Places.Data;
using Bocage.Places.Domain.Companies;
using Bocage.Places.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// The demo bakery, a verified company, proposes an update of its entry: a mistake is told at its field with
/// everything kept; nothing shows before an agent of Fourmies decides; the Trélon agent never sees it; a refusal
/// needs a reason and mails it; an approval updates the page (name and address stay the agents') and mails the
/// link; every step is audited; the proposer's export has it and their erasure leaves the history without them.
/// </summary>
public sealed class CompanyEntryTests
{
    private const string Password = "Bocage-demo-2026";
    private const string Bakery = "boulangerie@demo.sud-avesnois.fr";
    private const string Entry = "/entreprises/ma-fiche";
    private const string Page = "/annuaire/boulangerie-place-verte";

    private static Dictionary<string, string> Proposal(string hours, string summary) =>
        new()
        {
            ["Input.Name"] = "Boulangerie PIRATE",
            ["Input.Street"] = "Nulle part",
            ["Input.SummaryFr"] = summary,
            ["Input.SummaryNl"] = "Zuurdesembrood en gebak, elke ochtend vers.",
            ["Input.DescriptionFr"] = "Pains au levain, viennoiseries et gâteaux de fête sur commande.",
            ["Input.OpeningHours"] = hours,
            ["Input.Themes"] = "Commerce, Alimentation",
            ["Input.Phone"] = "03 27 60 00 00",
            ["Input.StepFree"] = "true",
        };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_company_proposes_an_update_that_the_communes_agent_refuses_then_approves(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var bakery = app.Browser();
        await bakery.SignInAsync(Bakery, Password);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var trelon = app.Browser();
        await trelon.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);

        var form = WebUtility.HtmlDecode(await bakery.OpenAsync(Entry));
        using var refused = await bakery.SubmitAsync(Entry, Proposal("Ma-Sa 07:00-13:00", "Le pain du matin."));
        var refusal = WebUtility.HtmlDecode(bakery.LastPage);
        using var sent = await bakery.SubmitAsync(
            Entry,
            Proposal("Tu-Sa 06:30-13:30; Su 07:00-12:30", "Le pain du matin, au levain."),
            Entry
        );
        var waiting = WebUtility.HtmlDecode(await bakery.OpenAsync(Entry));
        var before = WebUtility.HtmlDecode(await bakery.OpenAsync(Page));
        var id = await ReadAsync(app, db => db.PlaceChanges.Select(c => c.Id).SingleAsync());
        var trelonList = WebUtility.HtmlDecode(await trelon.OpenAsync("/gestion/lieux/propositions"));
        using var trelonOne = await trelon.GetAsync($"/gestion/lieux/propositions/{id}");
        var desk = WebUtility.HtmlDecode(await fourmies.OpenAsync("/gestion/lieux"));
        var proposal = WebUtility.HtmlDecode(await fourmies.OpenAsync($"/gestion/lieux/propositions/{id}"));
        var action = $"/gestion/lieux/propositions/{id}?handler=Refuse";
        using var noReason = await fourmies.SubmitAsync(action, new Dictionary<string, string> { ["Reason"] = " " });
        var noReasonPage = WebUtility.HtmlDecode(fourmies.LastPage);
        const string reason = "Le dimanche, la boutique ferme à midi et demi.";
        using var refuse = await fourmies.SubmitAsync(action, new Dictionary<string, string> { ["Reason"] = reason });
        var history = WebUtility.HtmlDecode(await bakery.OpenAsync(Entry));

        Assert.Contains("Boulangerie de la place Verte", form);
        Assert.Contains("Pains au levain et pâtisseries", form);
        Assert.DoesNotContain("Input.Name", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("« Ma » n'est pas un jour", refusal);
        Assert.Contains("Le pain du matin.", refusal);
        Assert.Equal(Entry, sent.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("attend la validation d'un agent", waiting);
        Assert.Contains("Le pain du matin, au levain.", waiting);
        Assert.DoesNotContain("Le pain du matin", before);
        Assert.DoesNotContain("Boulangerie de la place Verte", trelonList);
        Assert.Equal(HttpStatusCode.NotFound, trelonOne.StatusCode);
        Assert.Contains("Propositions des entreprises : 1 en attente", desk);
        Assert.Contains("Tu-Sa 06:30-13:30; Su 07:00-12:30", proposal);
        Assert.Contains("Résumé en néerlandais", proposal);
        Assert.DoesNotContain("PIRATE", proposal);
        Assert.Contains("Écrivez le motif du refus", noReasonPage);
        Assert.Contains("Refusée", WebUtility.HtmlDecode(fourmies.LastPage));
        Assert.Contains(reason, history);
        var proposed = await MailsAsync(app, "places.change-proposed");
        var toFourmies = proposed.Single(m => m.Recipient == PlacesDemo.FourmiesAgent);
        Assert.Contains("Boulangerie de la place Verte", toFourmies.Subject);
        Assert.Contains("http://localhost/gestion/lieux/propositions/", toFourmies.TextBody);
        Assert.DoesNotContain(proposed, m => m.Recipient == PlacesDemo.TrelonAgent);
        var refusedMail = await MailAsync(app, "places.change-refused");
        Assert.Equal(Bakery, refusedMail.Recipient);
        Assert.Contains(reason, refusedMail.TextBody);
        Assert.Contains("http://localhost/entreprises/ma-fiche", refusedMail.TextBody);

        using var again = await bakery.SubmitAsync(
            Entry,
            Proposal("Tu-Sa 06:30-13:30; Su 07:00-12:30", "Le pain du matin, au levain."),
            Entry
        );
        var second = await ReadAsync(app, db =>
            db.PlaceChanges.Where(c => c.Status == PlaceChangeStatus.Pending).Select(c => c.Id).SingleAsync()
        );
        using var approve = await fourmies.SubmitAsync(
            $"/gestion/lieux/propositions/{second}?handler=Approve",
            new Dictionary<string, string>(),
            $"/gestion/lieux/propositions/{second}"
        );
        var after = WebUtility.HtmlDecode(await app.Browser().OpenAsync(Page + "?langue=nl"));
        var approvedMail = await MailAsync(app, "places.change-approved");

        Assert.Contains("<h1>Boulangerie de la place Verte</h1>", after);
        Assert.Contains("Zuurdesembrood en gebak, elke ochtend vers.", after);
        Assert.Contains("03 27 60 00 00", after);
        Assert.DoesNotContain("PIRATE", after);
        Assert.DoesNotContain("Nulle part", after);
        Assert.Contains("http://localhost/entreprises/ma-fiche", approvedMail.TextBody);
        using var scope = app.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<KernelDb>().AuditEntries.AsNoTracking();
        foreach (var step in new[] { "places.change-propose", "places.change-refuse", "places.change-approve" })
        {
            Assert.True(await audit.AnyAsync(e => e.Action == step && e.CommuneInsee == "59249"), step);
        }
        var personal = scope
            .ServiceProvider.GetServices<IPersonalDataSource>()
            .Single(s => s.Name == "fiches-entreprises");
        var accountId = await AccountIdAsync(app);
        Assert.NotNull(await personal.ExportAsync(accountId, default));
        await personal.EraseAsync(accountId, default);
        Assert.Equal(
            [""],
            await ReadAsync(app, db => db.PlaceChanges.Select(c => c.AccountId).Distinct().ToListAsync())
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_without_a_verified_company_is_told_what_to_do_and_proposes_nothing(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var inhabitant = app.Browser();
        await inhabitant.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        await TestAccounts.CreateConfirmedAsync(app.Services, "fromagerie@example.fr", "Jo", "Delhaye", Password);
        var cheese = app.Browser();
        await cheese.SignInAsync("fromagerie@example.fr", Password);
        await cheese.SubmitAsync(
            "/compte/entreprise?handler=Register",
            new Dictionary<string, string>
            {
                ["Register.Siret"] = "812 345 676 00017",
                ["Register.LegalName"] = "Fromagerie de la Fagne",
            },
            "/compte/entreprise"
        );

        var none = WebUtility.HtmlDecode(await inhabitant.OpenAsync(Entry));
        var unverified = WebUtility.HtmlDecode(await cheese.OpenAsync(Entry));
        using var posted = await cheese.SubmitAsync(Entry, Proposal("Sa 09:00-12:00", "Du maroilles."), "/");

        Assert.Contains("Votre compte n'est lié à aucune entreprise.", none);
        Assert.Contains("href=\"/compte/entreprise\"", none);
        Assert.Contains("Fromagerie de la Fagne n'est pas encore vérifiée", unverified);
        Assert.DoesNotContain("Input.SummaryFr", unverified);
        Assert.Equal(0, await ReadAsync(app, db => db.PlaceChanges.CountAsync()));
    }

    private static async Task<T> ReadAsync<T>(BocageFactory app, Func<PlacesDb, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PlacesDb>());
    }

    private static async Task<string> AccountIdAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Account>>();
        return (await users.FindByEmailAsync(Bakery))!.Id;
    }

    private static async Task<List<Kernel.Mail.OutgoingMail>> MailsAsync(BocageFactory app, string category)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Category == category)
            .ToListAsync();
    }

    private static async Task<Kernel.Mail.OutgoingMail> MailAsync(BocageFactory app, string category)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .SingleAsync(m => m.Category == category);
    }
}
