using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Bookings;

/// <summary>
/// An inhabitant, on a 360 px phone and on a desktop screen, goes from the home page to the places of Fourmies
/// with step-free access, reads the studio's hours in words, books its first free slot, reads the confirmation
/// mail and follows its link, finds the booking in « Mes réservations »; the Fourmies agent sees them in the
/// studio's planning; the person cancels and is mailed the calendar's cancellation. Axe on every page, no sideways
/// scrolling.
/// </summary>
public sealed class BookingJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_inhabitant_books_the_studio_finds_it_again_and_cancels_it(int width)
    {
        var page = await Screens.PageAsync(Host, width);
        var email = await AccountSteps.ConfirmedAccountAsync(Host, "Inès", $"Studio{width}");
        await AccountSteps.SignInAsync(page, email, AccountSteps.DemoPassword);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Réserver une salle ou un rendez-vous" }).ClickAsync();
        await page.GetByLabel("Commune").SelectOptionAsync(new SelectOptionValue { Label = "Fourmies" });
        await page.GetByLabel("Seulement les lieux accessibles de plain-pied").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("lieu(x) ou rendez-vous");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"bookings-list-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Studio son et image" }).ClickAsync();

        await Expect(page.Locator(".facts")).ToContainTextAsync("Du mardi au samedi, de 10 h à 12 h et de 14 h à 18 h");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"bookings-studio-{width}");
        // A slot of next week: the studio may be cancelled online until 48 hours before.
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante →" }).ClickAsync();
        var slot = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Réserver le ") }).First;
        var chosen = await slot.Locator(".visually-hidden").TextContentAsync() ?? "";
        await slot.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Votre réservation est confirmée" }))
            .ToBeVisibleAsync();
        await Expect(page.Locator(".facts"))
            .ToContainTextAsync(chosen.Replace("— Réserver le ", "", StringComparison.Ordinal).Trim());
        var reference = Regex.Match(await page.Locator("h1").InnerTextAsync(), @"R-[A-Z2-9]{8}").Value;
        Assert.NotEmpty(reference);
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"bookings-confirmed-{width}");

        var mail = await AccountSteps.MailAboutAsync(Host, email, "Réservation confirmée");
        Assert.Contains(reference, mail.TextBody);
        await page.GotoAsync(
            new Uri(Regex.Match(mail.TextBody, @"https?://\S+/reserver/reservation/\S+").Value).PathAndQuery
        );
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await page.GotoAsync("/reserver/mes-reservations");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Studio son et image" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(reference);
        await Screens.CheckAsync(page, width);

        await AgentSeesThePersonAsync(width, reference, $"Inès Studio{width}");

        await page.GotoAsync($"/reserver/reservation/{reference}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler ma réservation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cette réservation a été annulée");
        await Screens.CheckAsync(page, width);
        var cancelled = await AccountSteps.MailAboutAsync(Host, email, "Réservation annulée");
        Assert.Contains(reference, cancelled.TextBody);
    }

    /// <summary>
    /// The studio's slot two weeks ahead is taken; a second person asks for the waiting list, reads the mail giving
    /// her place in the queue, follows its link to « Mes listes d'attente » and leaves the queue.
    /// </summary>
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_inhabitant_joins_the_waiting_list_of_a_full_slot_is_mailed_and_leaves_it(int width)
    {
        var holder = await Screens.PageAsync(Host, width);
        var holderEmail = await AccountSteps.ConfirmedAccountAsync(Host, "Hugo", $"Complet{width}");
        await AccountSteps.SignInAsync(holder, holderEmail, AccountSteps.DemoPassword);
        await OpenStudioInTwoWeeksAsync(holder);
        var slot = holder.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Réserver le ") }).First;
        var when = (await slot.Locator(".visually-hidden").TextContentAsync() ?? "")
            .Replace("— Réserver le ", "", StringComparison.Ordinal)
            .Trim();
        await slot.ClickAsync();
        await Expect(holder.GetByRole(AriaRole.Heading, new() { Name = "Votre réservation est confirmée" }))
            .ToBeVisibleAsync();
        await holder.Context.CloseAsync();

        var page = await Screens.PageAsync(Host, width);
        var email = await AccountSteps.ConfirmedAccountAsync(Host, "Lina", $"Attente{width}");
        await AccountSteps.SignInAsync(page, email, AccountSteps.DemoPassword);
        await OpenStudioInTwoWeeksAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = $"liste d'attente du {when}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vous êtes n° 1 sur la liste d'attente");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"bookings-waiting-{width}");

        var mail = await AccountSteps.MailAboutAsync(Host, email, "Liste d'attente");
        Assert.Contains(when, mail.TextBody);
        await page.GotoAsync(
            new Uri(Regex.Match(mail.TextBody, @"https?://\S+/reserver/mes-reservations#attente").Value).PathAndQuery
                + "#attente"
        );
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes listes d'attente" })).ToBeVisibleAsync();
        await Expect(page.Locator("#attente + ul")).ToContainTextAsync(when);
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"bookings-waiting-lists-{width}");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Quitter la liste d'attente") })
            .ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Vous n'êtes plus sur la liste d'attente : Studio son et image");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes listes d'attente" })).ToHaveCountAsync(0);
        await Screens.CheckAsync(page, width);
    }

    /// <summary>
    /// The Fourmies agent, from the studio's planning, closes it for two days six weeks ahead (first a last day
    /// before the first, told at its field), a visitor reads the closure on the studio's page, and the agent takes
    /// it back (the browser tests share one site).
    /// </summary>
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_closes_the_studio_for_two_days_and_the_public_reads_why(int width)
    {
        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(width == 360 ? 42 : 44);
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion/reservations");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Studio son et image" }).ClickAsync();
        await agent.GetByRole(AriaRole.Link, new() { Name = "Fermetures exceptionnelles" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Fermetures : Studio son et image");

        await agent.GetByLabel("Premier jour de fermeture").FillAsync($"{first:yyyy-MM-dd}");
        await agent.GetByLabel("Dernier jour de fermeture").FillAsync($"{first.AddDays(-1):yyyy-MM-dd}");
        await agent.GetByLabel("Motif").FillAsync("Travaux de peinture");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Fermer ces jours-là" }).ClickAsync();
        await Expect(agent.Locator(".field--error"))
            .ToContainTextAsync("Le dernier jour ne peut pas précéder le premier");
        await Expect(agent.GetByLabel("Motif")).ToHaveValueAsync("Travaux de peinture");
        await Screens.CheckAsync(agent, width);
        await agent.GetByLabel("Dernier jour de fermeture").FillAsync($"{first.AddDays(1):yyyy-MM-dd}");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Fermer ces jours-là" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Fermeture enregistrée");
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"bookings-closures-{width}");

        var visitor = await Screens.PageAsync(Host, width);
        await visitor.GotoAsync("/reserver/studio-son-image");
        await Expect(visitor.Locator(".facts")).ToContainTextAsync("Travaux de peinture");
        await Screens.CheckAsync(visitor, width);
        await Screenshots.KeepAsync(visitor, $"bookings-studio-closed-{width}");

        await agent.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Rouvrir") }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("ces jours sont de nouveau proposés");
        await visitor.ReloadAsync();
        await Expect(visitor.Locator(".facts")).Not.ToContainTextAsync("Travaux de peinture");
    }

    private static async Task OpenStudioInTwoWeeksAsync(IPage page)
    {
        await page.GotoAsync("/reserver/studio-son-image");
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante →" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante →" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Studio son et image");
    }

    /// <summary>The Fourmies agent opens the studio's planning on the booked day and finds the person there.</summary>
    private async Task AgentSeesThePersonAsync(int width, string reference, string name)
    {
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion/reservations");
        await Screens.CheckAsync(agent, width);
        await agent.GetByRole(AriaRole.Link, new() { Name = "Studio son et image" }).ClickAsync();
        // The planning opens on today; the booking is within the next days shown, or a week later.
        for (var week = 0; week < 3 && !await agent.Locator("main").GetByText(reference).IsVisibleAsync(); week++)
        {
            await agent.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante →" }).ClickAsync();
        }
        await Expect(agent.Locator(".card", new() { HasText = reference })).ToContainTextAsync(name);
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"bookings-planning-{width}");
        await agent.Context.CloseAsync();
    }
}
