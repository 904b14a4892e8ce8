using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Accounts;
using Bocage.Places.Data;
using Bocage.Places.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// A verified company without an entry proposes its own: mistakes are told at their fields with everything kept;
/// nothing shows in the directory before an agent of its commune decides; the Trélon agent never sees it; the
/// Fourmies agent, mailed with the link, places it on the map (coordinates required) and the entry appears with the
/// company's SIRET, which then edits it as any entry; the company is mailed; every step is audited and the
/// proposer's export has the proposal.
/// </summary>
public sealed partial class CompanyNewEntryTests
{
    private const string Password = "Bocage-demo-2026";
    private const string Entry = "/entreprises/ma-fiche";

    [GeneratedRegex("href=\"/gestion/lieux/propositions/([0-9a-f-]{36})\"")]
    private static partial Regex ProposalLink();

    private static Dictionary<string, string> Proposal(string kind, string postalCode) =>
        new()
        {
            ["Input.Name"] = "Ferme du Pont de Sains",
            ["Input.Kind"] = kind,
            ["Input.Commune"] = PlacesDemo.Fourmies,
            ["Input.Street"] = "12 rue du Pont de Sains",
            ["Input.PostalCode"] = postalCode,
            ["Input.SummaryFr"] = "Maroilles fermier et yaourts, vente à la ferme.",
            ["Input.OpeningHours"] = "Fr 16:00-19:00; Sa 09:00-12:00",
            ["Input.Phone"] = "03 27 60 12 34",
            ["Input.Labels"] = "Label forgé",
        };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_company_proposes_its_entry_which_the_communes_agent_places_on_the_map(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var email = $"gerant.{Guid.NewGuid():N}@exemple.fr";
        await TestAccounts.CreateConfirmedAsync(app.Services, email, "Lucie", "Dumont", Password);
        var siret = await TestCompanies.CreateVerifiedAsync(app.Services, email, "EARL du Pont de Sains", 4242);
        var farm = app.Browser();
        await farm.SignInAsync(email, Password);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var trelon = app.Browser();
        await trelon.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);

        var form = WebUtility.HtmlDecode(await farm.OpenAsync(Entry));
        using var wrong = await farm.SubmitAsync(Entry, Proposal("PublicService", "596"));
        var mistakes = WebUtility.HtmlDecode(farm.LastPage);
        using var sent = await farm.SubmitAsync(Entry, Proposal("Producer", "59610"), Entry);
        var waiting = WebUtility.HtmlDecode(farm.LastPage);
        var list = WebUtility.HtmlDecode(await fourmies.OpenAsync("/gestion/lieux/propositions"));
        var id = ProposalLink().Match(list).Groups[1].Value;
        var trelonList = WebUtility.HtmlDecode(await trelon.OpenAsync("/gestion/lieux/propositions"));
        using var trelonOne = await trelon.GetAsync($"/gestion/lieux/propositions/{id}");
        var proposal = WebUtility.HtmlDecode(await fourmies.OpenAsync($"/gestion/lieux/propositions/{id}"));
        var approve = $"/gestion/lieux/propositions/{id}?handler=Approve";
        using var nowhere = await fourmies.SubmitAsync(approve, new Dictionary<string, string>());
        var unplaced = WebUtility.HtmlDecode(fourmies.LastPage);
        var found = await SlugAsync(app, siret);
        using var placed = await fourmies.SubmitAsync(
            approve,
            new Dictionary<string, string> { ["Position.Latitude"] = "50,0161", ["Position.Longitude"] = "4.0512" },
            $"/gestion/lieux/propositions/{id}"
        );
        var decided = WebUtility.HtmlDecode(fourmies.LastPage);
        var slug = await SlugAsync(app, siret);
        var page = WebUtility.HtmlDecode(await app.Browser().OpenAsync($"/annuaire/{slug}"));
        var own = WebUtility.HtmlDecode(await farm.OpenAsync(Entry));

        Assert.Contains("Proposer ma fiche", form);
        Assert.Contains("value=\"EARL du Pont de Sains\"", form);
        Assert.Contains("Choisissez le type qui décrit votre entreprise.", mistakes);
        Assert.Contains("Le code postal a cinq chiffres", mistakes);
        Assert.Contains("Maroilles fermier et yaourts, vente à la ferme.", mistakes);
        Assert.Contains("attend la décision d'un agent", waiting);
        Assert.Contains("Nouvelle fiche d'entreprise", list);
        Assert.Contains("Ferme du Pont de Sains", list);
        Assert.DoesNotContain("Ferme du Pont de Sains", trelonList);
        Assert.Equal(HttpStatusCode.NotFound, trelonOne.StatusCode);
        Assert.Contains("Nouvelle fiche proposée : « Ferme du Pont de Sains »", proposal);
        Assert.Contains("12 rue du Pont de Sains, 59610 Fourmies", proposal);
        Assert.Contains(Bocage.Kernel.Companies.Siret.Display(siret), proposal);
        Assert.DoesNotContain("Label forgé", proposal);
        Assert.Null(found);
        Assert.Contains("Écrivez un nombre de degrés entre -90 et 90", unplaced);
        Assert.Contains("Acceptée", decided);
        Assert.Equal("ferme-du-pont-de-sains", slug);
        Assert.Contains("<h1>Ferme du Pont de Sains</h1>", page);
        Assert.Contains("Le vendredi, de 16 h à 19 h", page);
        Assert.DoesNotContain("Label forgé", page);
        // The company now has its entry and proposes its updates as any entry's company does.
        Assert.Contains($"href=\"/annuaire/{slug}\"", own);
        Assert.DoesNotContain("Proposer ma fiche", own);

        var toAgent = await MailAsync(app, "places.change-proposed", PlacesDemo.FourmiesAgent);
        Assert.Contains("Nouvelle fiche proposée", toAgent.Subject);
        Assert.Contains($"http://localhost/gestion/lieux/propositions/{id}", toAgent.TextBody);
        var toFarm = await MailAsync(app, "places.change-approved", email);
        Assert.Contains("paraît dans l'annuaire", toFarm.Subject);
        Assert.Contains("http://localhost/entreprises/ma-fiche", toFarm.TextBody);
        using var scope = app.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<KernelDb>().AuditEntries.AsNoTracking();
        Assert.True(await audit.AnyAsync(e => e.Action == "places.entry-propose" && e.Target == $"company:{siret}"));
        Assert.True(await audit.AnyAsync(e => e.Action == "places.change-approve" && e.Target == $"place:{slug}"));
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Account>>();
        var accountId = (await users.FindByEmailAsync(email))!.Id;
        var personal = scope
            .ServiceProvider.GetServices<IPersonalDataSource>()
            .Single(s => s.Name == "fiches-entreprises");
        var export = System.Text.Json.JsonSerializer.Serialize(await personal.ExportAsync(accountId, default));
        Assert.Contains("Ferme du Pont de Sains", export);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refused_entry_is_mailed_with_its_reason_and_a_new_proposal_replaces_the_waiting_one(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var email = $"gerante.{Guid.NewGuid():N}@exemple.fr";
        await TestAccounts.CreateConfirmedAsync(app.Services, email, "Nadia", "Lefebvre", Password);
        var siret = await TestCompanies.CreateVerifiedAsync(app.Services, email, "SARL Pont de Sains", 4343);
        var farm = app.Browser();
        await farm.SignInAsync(email, Password);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);

        using var first = await farm.SubmitAsync(Entry, Proposal("Producer", "59610"), Entry);
        using var second = await farm.SubmitAsync(Entry, Proposal("Shop", "59610"), Entry);
        var list = WebUtility.HtmlDecode(await fourmies.OpenAsync("/gestion/lieux/propositions"));
        var ids = ProposalLink().Matches(list).Select(m => m.Groups[1].Value).Distinct().ToList();
        const string reason = "Cette ferme est à Wignehies : écrivez au PIDE.";
        using var refused = await fourmies.SubmitAsync(
            $"/gestion/lieux/propositions/{ids.Single()}?handler=Refuse",
            new Dictionary<string, string> { ["Reason"] = reason },
            $"/gestion/lieux/propositions/{ids.Single()}"
        );
        var history = WebUtility.HtmlDecode(await farm.OpenAsync(Entry));

        Assert.Contains("Refusée", WebUtility.HtmlDecode(fourmies.LastPage));
        Assert.Contains(reason, history);
        Assert.Contains("Remplacée", history);
        Assert.Contains("Proposer ma fiche", history);
        Assert.Null(await SlugAsync(app, siret));
        var mail = await MailAsync(app, "places.change-refused", email);
        Assert.Contains(reason, mail.TextBody);
        Assert.Contains("http://localhost/entreprises/ma-fiche", mail.TextBody);
    }

    private static async Task<string?> SlugAsync(BocageFactory app, string siret)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<PlacesDb>()
            .Places.Where(p => p.Details.Siret == siret)
            .Select(p => p.Slug)
            .SingleOrDefaultAsync();
    }

    private static async Task<Kernel.Mail.OutgoingMail> MailAsync(BocageFactory app, string category, string to)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .SingleAsync(m => m.Category == category && m.Recipient == to);
    }
}
