using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// An applicant without an account fills the bin request on a 360 px phone, saves, resumes by tracking
/// code and submits; the Fourmies agent asks for the phone number, the applicant answers, the agent
/// accepts, and the applicant downloads the PDF decision. Axe on every page visited.
/// </summary>
public sealed partial class ProcedureJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Email = "journey.bac@exemple.fr";

    private static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
    };

    protected override BrowserNewContextOptions ContextOptions() => Phone;

    [GeneratedRegex(@"\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b")]
    private static partial Regex Code();

    [Fact]
    public async Task An_applicant_on_a_phone_and_an_agent_take_a_request_from_draft_to_decision()
    {
        await StartAndSaveAsync();
        var applicant = await Host.NewContextAsync(Phone);
        var phone = await applicant.NewPageAsync();
        var number = await ResumeAndSubmitAsync(phone);
        var agentContext = await Host.NewContextAsync();
        var agent = await agentContext.NewPageAsync();
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync($"/gestion/demarches?q={number}");
        await Axe.AssertNoViolationsAsync(agent);
        await agent.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Axe.AssertNoViolationsAsync(agent);
        await AssignToColleagueAsync(agent, number);
        await agent.GetByRole(AriaRole.Checkbox, new() { Name = "Téléphone" }).CheckAsync();
        await AgentFileSteps.RunStepAsync(agent, "Demander des compléments");
        await Expect(agent.GetByText("a été mis à jour")).ToBeVisibleAsync();

        // The applicant is told by mail, and the link leads to the tracking page her code opens.
        var request = await AccountSteps.LastMailAsync(Host, Email);
        Assert.Equal($"Dossier {number} : des compléments vous sont demandés", request.Subject);
        Assert.Equal("/demarches/suivi", await AccountSteps.MailedLinkAsync(Host, Email));
        await phone.ReloadAsync();
        await phone.GetByLabel("Téléphone").FillAsync("03 27 60 00 01");
        await Axe.AssertNoViolationsAsync(phone);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer les compléments" }).ClickAsync();
        await Expect(phone.GetByText("Vos compléments sont envoyés")).ToBeVisibleAsync();

        await Expect(phone.GetByText("Compléments reçus le")).ToBeVisibleAsync();

        await agent.ReloadAsync();
        await Expect(agent.GetByText("Compléments reçus le")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(agent);
        await AgentFileSteps.RunStepAsync(agent, "Accepter");
        await Expect(agent.GetByText("Accepté").First).ToBeVisibleAsync();

        await phone.ReloadAsync();
        var decision = phone.GetByRole(AriaRole.Link, new() { Name = $"decision-{number}.pdf" });
        var href = await decision.GetAttributeAsync("href");
        var pdf = await applicant.APIRequest.GetAsync(Host.BaseUrl + href);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.BodyAsync())[..4]);
        await Axe.AssertNoViolationsAsync(phone);
        await agentContext.CloseAsync();
        await applicant.CloseAsync();
    }

    /// <summary>
    /// The agent gives the file to a colleague who may instruct Fourmies' files; the inbox then lists it under her
    /// name.
    /// </summary>
    private static async Task AssignToColleagueAsync(IPage agent, string number)
    {
        var form = agent
            .Locator("form")
            .Filter(new() { Has = agent.GetByRole(AriaRole.Heading, new() { Name = "Attribuer le dossier" }) });
        await form.GetByLabel("Attribué à").SelectOptionAsync(new SelectOptionValue { Label = "Dominique Carpentier" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Attribuer", Exact = true }).ClickAsync();
        await Expect(agent.GetByText($"Le dossier {number} a été attribué.")).ToBeVisibleAsync();
        await Expect(agent.Locator("dl.facts").First).ToContainTextAsync("Dominique Carpentier");
        await Axe.AssertNoViolationsAsync(agent);
        await agent.GotoAsync("/gestion/demarches");
        await agent
            .GetByLabel("Attribué à")
            .SelectOptionAsync(new SelectOptionValue { Label = "Dominique Carpentier" });
        await agent.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(agent);
        await agent.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
    }

    private async Task StartAndSaveAsync()
    {
        await OpenAsync("/demarches");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Demande de bac à ordures ménagères" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Votre adresse e-mail").FillAsync(Email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();
        await Page.GetByLabel("Nom et prénom").FillAsync("Camille Journey");
        await Page.GetByLabel("Téléphone").FillAsync("12");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("téléphone français");
        // The list of what is wrong takes the focus, so that a screen reader reads it first.
        await Expect(Page.GetByRole(AriaRole.Alert).First).ToBeFocusedAsync();
        await Expect(Page.GetByLabel("Nom et prénom")).ToHaveAttributeAsync("autocomplete", "name");
        await Expect(Page.GetByLabel("Nom et prénom")).ToHaveValueAsync("Camille Journey");
        await Axe.AssertNoViolationsAsync(Page);
        var width = await Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(width <= 360, $"The form is {width}px wide on a 360px phone.");
        await Page.GetByLabel("Téléphone").FillAsync("03 27 60 00 00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(Page.GetByText("Votre brouillon est enregistré.")).ToBeVisibleAsync();
    }

    private async Task<string> ResumeAndSubmitAsync(IPage phone)
    {
        await phone.GotoAsync("/demarches/suivi");
        await Axe.AssertNoViolationsAsync(phone);
        await phone.GetByLabel("Code de suivi").FillAsync(await TrackingCodeAsync());
        await phone.GetByLabel("Votre adresse e-mail").FillAsync(Email);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ouvrir ma demande" }).ClickAsync();
        await Expect(phone.GetByLabel("Nom et prénom")).ToHaveValueAsync("Camille Journey");
        await phone.GetByLabel("Numéro et voie").FillAsync("1 rue Verte");
        await phone.GetByLabel("Code postal").FillAsync("59610");
        await phone.GetByLabel("Commune", new() { Exact = true }).SelectOptionAsync("59249");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await phone.GetByLabel("Tri sélectif").CheckAsync();
        await phone.GetByLabel("Nouvel habitant").CheckAsync();
        await phone.GetByLabel("Je certifie").CheckAsync();
        await Axe.AssertNoViolationsAsync(phone);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifiez vos réponses");
        await Axe.AssertNoViolationsAsync(phone);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        var heading = await phone.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        await Axe.AssertNoViolationsAsync(phone);
        return Regex.Match(heading ?? "", @"CCSA-\d{4}-\d{6}").Value is { Length: > 0 } number
            ? number
            : throw new InvalidOperationException(heading);
    }

    private async Task<string> TrackingCodeAsync()
    {
        using var scope = Host.Services.CreateScope();
        var mail = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Recipient == Email && m.Category == "procedures.code-suivi")
            .OrderByDescending(m => m.Id)
            .FirstAsync();
        return Code().Match(mail.TextBody).Value;
    }
}
