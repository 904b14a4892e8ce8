using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// The Trélon agent, on a 360 px phone and on a desktop screen: the town hall's entry in the directory says its
/// visio room is bookable there; untick it and the room's booking page no longer names the town hall, tick it again
/// and it does; a photo added to the town hall's entry shows on the room's booking page with its words, until the
/// agent removes it (the browser tests share one site). Axe and no sideways scrolling on each page.
/// </summary>
public sealed class BookableHereJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Form = "/gestion/lieux/mairie-trelon/modifier";
    private const string Room = "/reserver/salle-visio-trelon";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_town_hall_lends_its_photos_to_the_room_booked_there(int width)
    {
        var title = $"La salle de visioconférence ({width})";
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        var directory = agent.GetByRole(AriaRole.Link, new() { Name = "Mairie de Trélon" });

        await agent.GotoAsync(Form);
        var room = agent
            .GetByRole(AriaRole.Group, new() { Name = "Réservable ici" })
            .GetByLabel("Salle de visioconférence");
        await Expect(room).ToBeCheckedAsync();
        await Screens.CheckAsync(agent, width);
        await room.UncheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mairie de Trélon");
        // The agent is signed in: the room's page is not a cached copy.
        await agent.GotoAsync(Room);
        await Expect(agent.Locator(".facts")).Not.ToContainTextAsync("Dans l'annuaire");

        await agent.GotoAsync(Form);
        await room.CheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mairie de Trélon");
        await agent.GotoAsync(Room);
        await Expect(directory).ToHaveAttributeAsync("href", "/annuaire/mairie-trelon");

        await agent.GotoAsync("/gestion/lieux/mairie-trelon/medias");
        await agent.GetByRole(AriaRole.Radio, new() { NameRegex = new("^Photo") }).CheckAsync();
        await agent.GetByLabel("Fichier").SetInputFilesAsync(JourneyPictures.Ovens());
        await agent.Locator("#Input-titlefr").FillAsync(title);
        await agent.Locator("#Input-descriptionfr").FillAsync("Une table, un écran et une caméra.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Le média a été ajouté");

        await agent.GotoAsync(Room);
        await Expect(agent.GetByRole(AriaRole.Img, new() { Name = title })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Main)).ToContainTextAsync("Une table, un écran et une caméra.");
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"bookings-room-photos-{width}");

        await agent.GotoAsync("/gestion/lieux/mairie-trelon/medias");
        await agent.GetByText($"Retirer : {title}").ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = $"Supprimer définitivement : {title}" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Le média a été retiré");
        await agent.GotoAsync(Room);
        await Expect(agent.GetByRole(AriaRole.Img, new() { Name = title })).ToHaveCountAsync(0);
    }
}
