using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Bookings;

/// <summary>
/// A Dutch-speaking neighbour calls the studio: the Fourmies agent, from the studio's week, opens a free slot,
/// forgets the name (told at the field), books it for him with his address; he reads the mail in Dutch and follows
/// its link to the studio's page. Then the studio must be serviced: the agent blocks that slot, which cancels his
/// booking with the reason, and frees it again from the closures (the browser tests share one site). On a 360 px
/// phone and on a desktop screen, axe on every page, no sideways scrolling.
/// </summary>
public sealed class DeskJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_books_a_slot_for_someone_who_called_then_blocks_it(int width)
    {
        var email = $"pieter{width}@example.be";
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion/reservations");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Studio son et image" }).ClickAsync();
        // Weeks that the other journeys leave alone: three weeks ahead on a phone, four on a desktop.
        for (var week = 0; week < (width == 360 ? 3 : 4); week++)
        {
            await agent.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante →" }).ClickAsync();
        }
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"bookings-planning-{width}");
        var slot = agent.Locator("ul.slots a").First;
        var when = (await slot.Locator(".visually-hidden").TextContentAsync() ?? "")
            .Replace(", réserver pour quelqu'un ou bloquer", "", StringComparison.Ordinal)
            .TrimStart(' ', '—')
            .Trim();
        await slot.ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Créneau du {when}");

        await agent.GetByLabel("Adresse mail (facultative)").FillAsync(email);
        await agent
            .GetByLabel(new Regex("^Langue des mails"))
            .SelectOptionAsync(new SelectOptionValue { Label = "Néerlandais" });
        await agent.GetByRole(AriaRole.Button, new() { Name = "Réserver pour cette personne" }).ClickAsync();
        await Expect(agent.Locator(".field--error")).ToContainTextAsync("Indiquez le nom de la personne");
        await Expect(agent.GetByLabel("Adresse mail (facultative)")).ToHaveValueAsync(email);
        await Screens.CheckAsync(agent, width);
        await agent.GetByLabel("Nom et prénom").FillAsync($"Pieter Claes{width}");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Réserver pour cette personne" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistrée");
        var reference = Regex.Match(await agent.GetByRole(AriaRole.Status).InnerTextAsync(), @"R-[A-Z2-9]{8}").Value;
        Assert.NotEmpty(reference);
        await Expect(agent.Locator("main")).ToContainTextAsync($"Pieter Claes{width}");
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"bookings-desk-{width}");

        var mail = await AccountSteps.MailAboutAsync(Host, email, "Reservering geregistreerd");
        Assert.Contains(reference, mail.TextBody);
        var neighbour = await Screens.PageAsync(Host, width);
        await neighbour.GotoAsync(
            new Uri(Regex.Match(mail.TextBody, @"https?://\S+/reserver/studio-son-image").Value).PathAndQuery
        );
        await Expect(neighbour.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Studio son et image");

        await agent.GetByLabel("Motif").FillAsync("Entretien de la table de mixage");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Bloquer le créneau" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Créneau bloqué ; 1 réservation(s) annulée(s)");
        await Expect(agent.Locator("main")).ToContainTextAsync("Entretien de la table de mixage");
        await Screens.CheckAsync(agent, width);
        var cancelled = await AccountSteps.MailAboutAsync(Host, email, "Reservering geannuleerd door de plek");
        Assert.Contains("Entretien de la table de mixage", cancelled.TextBody);

        await agent.GetByRole(AriaRole.Link, new() { Name = "Fermetures exceptionnelles" }).ClickAsync();
        await agent
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Rouvrir : " + Regex.Escape(when)) })
            .ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("de nouveau proposés");
        await Screens.CheckAsync(agent, width);
    }
}
