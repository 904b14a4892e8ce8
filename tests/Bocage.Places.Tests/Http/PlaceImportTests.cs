using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Bocage.Places.Data;
using Bocage.Places.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// The Fourmies agent imports places from a CSV file: the check shows what would be created, updated and refused,
/// line by line, and writes nothing; the confirmation writes the valid lines, keeps one audit entry and lists the
/// places. The file waits for its sender only: the Trélon agent cannot confirm it, nor can it be confirmed twice.
/// Every file that cannot be imported is told at the field, never with an error page.
/// </summary>
public sealed partial class PlaceImportTests
{
    private const string Password = "Bocage-demo-2026";
    private const string Page = "/gestion/lieux/import";
    private const string Header = "nom;type;commune;code_postal;latitude;longitude;horaires;resume";

    [GeneratedRegex("name=\"import\" value=\"([0-9a-f-]{36})\"")]
    internal static partial Regex WaitingFile();

    internal static UploadedFile Csv(string text, string name = "lieux.csv") =>
        new("fichier", name, Encoding.UTF8.GetBytes(text), "text/csv");

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_checks_a_file_reads_its_refused_lines_confirms_and_finds_the_places(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var trelon = app.Browser();
        await trelon.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);
        var csv =
            Header
            + "\n"
            + "Repair café de la Filature;Tiers-lieu;Fourmies;59610;50,0126;4.0475;Sa 09:00-12:00;Réparer ensemble.\n"
            + "Musée du Textile et de la Vie sociale;Musée;59249;59610;50.0157;4.0433;Tu-Su 14:00-18:00;Le textile.\n"
            + "Jardin;Site naturel;Fourmies;5961;50.01;4.04;;\n"
            + "Verrerie;Musée;Trélon;59132;50.06;4.1;;\n";

        var desk = await fourmies.OpenAsync("/gestion/lieux");
        using var template = await fourmies.GetAsync("/gestion/lieux/import/modele.csv");
        var model = await template.Content.ReadAsByteArrayAsync();
        using var checkedFile = await fourmies.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [Csv(csv)],
            Page
        );
        var preview = WebUtility.HtmlDecode(fourmies.LastPage);
        var fileId = WaitingFile().Match(preview).Groups[1].Value;
        var before = await CountAsync(app, "repair-cafe-de-la-filature");
        // The Trélon agent has the form of their own page, and the Fourmies agent's file id.
        await trelon.OpenAsync(Page);
        using var stolen = await trelon.SubmitAsync(
            $"{Page}?handler=Confirm",
            new Dictionary<string, string> { ["import"] = fileId }
        );
        var refusedToTrelon = WebUtility.HtmlDecode(trelon.LastPage);
        using var confirmed = await fourmies.SubmitAsync(
            $"{Page}?handler=Confirm",
            new Dictionary<string, string> { ["import"] = fileId }
        );
        var result = WebUtility.HtmlDecode(fourmies.LastPage);
        using var again = await fourmies.SubmitAsync(
            $"{Page}?handler=Confirm",
            new Dictionary<string, string> { ["import"] = fileId }
        );
        var twice = WebUtility.HtmlDecode(fourmies.LastPage);
        var created = WebUtility.HtmlDecode(await fourmies.OpenAsync("/annuaire/repair-cafe-de-la-filature"));
        var museum = WebUtility.HtmlDecode(await fourmies.OpenAsync("/annuaire/musee-textile-fourmies"));

        Assert.Contains("href=\"/gestion/lieux/import\"", desk);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("identifiant;nom;type;commune;", Encoding.UTF8.GetString(model.AsSpan(3)));
        Assert.Equal(HttpStatusCode.OK, checkedFile.StatusCode);
        Assert.Contains("Lieux à créer : 1", preview);
        Assert.Contains("Lieux à mettre à jour : 1", preview);
        Assert.Contains("Lignes refusées : 2", preview);
        Assert.Contains("Ligne 4", preview);
        Assert.Contains("Le code postal a cinq chiffres", preview);
        Assert.Contains("Ligne 5", preview);
        Assert.Contains("Vous ne gérez pas les lieux de Trélon.", preview);
        Assert.Contains("Rien n'est encore enregistré.", preview);
        // The line that updates says which place: the museum, found by its name in Fourmies.
        Assert.Contains("Met à jour <a href=\"/annuaire/musee-textile-fourmies\">", preview);
        Assert.Equal(0, before);
        Assert.Contains("n'attend plus de confirmation", refusedToTrelon);
        Assert.Contains("Import de « lieux.csv » terminé", result);
        Assert.Contains("Lieux créés : 1. Lieux mis à jour : 1.", result);
        Assert.Contains("href=\"/annuaire/repair-cafe-de-la-filature\"", result);
        Assert.Contains("href=\"/annuaire/musee-textile-fourmies\"", result);
        Assert.Contains("n'attend plus de confirmation", twice);
        Assert.Contains("<h1>Repair café de la Filature</h1>", created);
        Assert.Contains("Le samedi, de 9 h à 12 h", created);
        Assert.Contains("Le textile.", museum);
        // What the file did not say is kept: the museum's phone.
        Assert.Contains("03 27 60 66 11", museum);
        Assert.Equal(1, await CountAsync(app, "repair-cafe-de-la-filature"));
        using var scope = app.Services.CreateScope();
        var audit = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.SingleAsync(e => e.Action == "places.place-import");
        Assert.Equal("59249", audit.CommuneInsee);
        Assert.Contains("1 créé(s), 1 mis à jour, 2 ligne(s) refusée(s)", audit.Details);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Files_that_cannot_be_imported_are_refused_at_the_field_and_the_desk_is_for_agents(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var inhabitant = app.Browser();
        await inhabitant.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        var tooMany = Header + "\n" + string.Concat(Enumerable.Repeat("Lieu;Musée;Fourmies;59610;50;4;;\n", 5001));
        var files = new (UploadedFile File, string Told)[]
        {
            (Csv(""), "Le fichier est vide. Choisissez le bon fichier"),
            (Csv("\uFEFF\n\n"), "Le fichier est vide : sa première ligne doit nommer les colonnes"),
            (Csv(Header + "\n"), "aucune ligne de lieu sous la ligne des noms de colonnes"),
            (Csv("nom:type:commune\nA:B:C\n"), "ni par des points-virgules (;) ni par des virgules (,)"),
            (
                Csv("nom;type;commune;code_postal\nA;Musée;Anor;59680\n"),
                "absentes de la première ligne : latitude, longitude"
            ),
            (Csv(Header + "\nA;\"Musée;Anor;59680;50;4;;\n"), "Un guillemet ouvert à la ligne 2 n'est jamais fermé"),
            (Csv(tooMany), $"plus de {5000.ToString("N0", CultureInfo.GetCultureInfo("fr"))} lignes de lieux"),
            (
                new UploadedFile("fichier", "image.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
                "ne correspond pas"
            ),
            (new UploadedFile("fichier", "lieux.xlsx", SampleFiles.Pdf), "Ce type de fichier n'est pas accepté ici"),
            (new UploadedFile("fichier", "virus.csv", SampleFiles.Eicar), "Le fichier contient un virus"),
        };

        foreach (var (file, told) in files)
        {
            using var response = await agent.SubmitWithFilesAsync(Page, new Dictionary<string, string>(), [file], Page);
            var page = WebUtility.HtmlDecode(agent.LastPage);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file.FileName}: {(int)response.StatusCode}");
            Assert.Contains("field--error", page);
            Assert.Contains(told, page);
            Assert.DoesNotContain("name=\"import\"", page);
        }
        using var none = await agent.SubmitWithFilesAsync(Page, new Dictionary<string, string>(), [], Page);
        Assert.Contains("Choisissez le fichier CSV à vérifier.", WebUtility.HtmlDecode(agent.LastPage));
        using var desk = await inhabitant.GetAsync(Page);
        Assert.False(desk.StatusCode == HttpStatusCode.OK && desk.RequestMessage!.RequestUri!.AbsolutePath == Page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_at_the_limit_is_checked_and_written_whole(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var lines = Enumerable
            .Range(1, 5000)
            .Select(i => $"Borne de recharge {i};Service public;Fourmies;59610;50.{i:0000};4.05;Mo-Su 00:00-24:00;\n");
        var csv = Header + "\n" + string.Concat(lines);

        using var checkedFile = await agent.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [Csv(csv)],
            Page
        );
        var preview = WebUtility.HtmlDecode(agent.LastPage);
        var fileId = WaitingFile().Match(preview).Groups[1].Value;
        using var confirmed = await agent.SubmitAsync(
            $"{Page}?handler=Confirm",
            new Dictionary<string, string> { ["import"] = fileId }
        );
        var result = WebUtility.HtmlDecode(agent.LastPage);

        var count = 5000.ToString("N0", CultureInfo.GetCultureInfo("fr"));
        Assert.Contains($"Lieux à créer : {count}", preview);
        Assert.Contains($"Lieux créés : {count}.", result);
        Assert.Equal(1, await CountAsync(app, "borne-de-recharge-5000"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_left_unconfirmed_for_a_day_is_deleted_with_the_next_upload(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var trelon = app.Browser();
        await trelon.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);
        const string Line = "Jardin partagé;Site naturel;{0};{1};50.01;4.04;;\n";
        using var first = await fourmies.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [Csv(Header + "\n" + string.Format(Line, "Fourmies", "59610"))],
            Page
        );
        var left = Guid.Parse(WaitingFile().Match(fourmies.LastPage).Groups[1].Value);
        using var second = await trelon.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [Csv(Header + "\n" + string.Format(Line, "Trélon", "59132"))],
            Page
        );
        var fresh = Guid.Parse(WaitingFile().Match(trelon.LastPage).Groups[1].Value);
        // Another agent's preview of the same day is theirs to confirm: it stays.
        Assert.True(await StoredAsync(app, left));

        using (var scope = app.Services.CreateScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .StoredFiles.Where(f => f.Id == left)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.UploadedAt, DateTime.UtcNow.AddDays(-2)));
        }
        using var third = await trelon.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [Csv(Header + "\n" + string.Format(Line, "Trélon", "59132"))],
            Page
        );

        Assert.False(await StoredAsync(app, left));
        Assert.False(await StoredAsync(app, fresh)); // replaced by Trélon's own new file
        using var stale = await fourmies.SubmitAsync(
            $"{Page}?handler=Confirm",
            new Dictionary<string, string> { ["import"] = left.ToString() },
            Page
        );
        Assert.Contains("Ce fichier n'attend plus de confirmation", WebUtility.HtmlDecode(fourmies.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Excels_plain_CSV_in_Windows_1252_is_read_with_its_accents(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        // What « CSV (séparateur : point-virgule) » writes on a French Windows: é and è as single bytes.
        var csv = Encoding.Latin1.GetBytes(
            Header
                + "\r\nBoulangerie Lefèvre;Commerce;Fourmies;59610;50.0131;4.0462;Tu-Sa 07:00-13:00;Pain au levain.\r\n"
        );
        Assert.Contains((byte)0xE8, csv);

        using var checkedFile = await agent.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [new UploadedFile("fichier", "lieux.csv", csv, "text/csv")],
            Page
        );
        var preview = WebUtility.HtmlDecode(agent.LastPage);
        Assert.Contains("Boulangerie Lefèvre", preview);
        using var confirmed = await agent.SubmitAsync(
            $"{Page}?handler=Confirm",
            new Dictionary<string, string> { ["import"] = WaitingFile().Match(preview).Groups[1].Value }
        );

        using var scope = app.Services.CreateScope();
        Assert.True(
            await scope
                .ServiceProvider.GetRequiredService<PlacesDb>()
                .Places.AnyAsync(p => p.Details.Name == "Boulangerie Lefèvre")
        );
    }

    private static async Task<bool> StoredAsync(BocageFactory app, Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KernelDb>().StoredFiles.AnyAsync(f => f.Id == id)
            && File.Exists(scope.ServiceProvider.GetRequiredService<Bocage.Kernel.Files.FileStore>().PathOf(id));
    }

    private static async Task<int> CountAsync(BocageFactory app, string slug)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlacesDb>().Places.CountAsync(p => p.Slug == slug);
    }
}
