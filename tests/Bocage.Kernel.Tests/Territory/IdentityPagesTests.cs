using System.Net;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Tests.Accounts;
using Bocage.Kernel.Tests.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Bocage.Kernel.Tests.Territory;

/// <summary>A town hall's agent gives the commune its colour and emblem; visitors see them on its pages.</summary>
public sealed class IdentityPagesTests
{
    private const string Page = "/gestion/identite/fourmies";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_sets_the_colour_and_emblem_of_their_commune_only(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var agent = app.Browser();
        await StaffTests.EnrolAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        Assert.Contains("href=\"/gestion/identite\"", await agent.OpenAsync("/gestion"));
        var list = WebUtility.HtmlDecode(await agent.OpenAsync("/gestion/identite"));
        Assert.Contains("href=\"/gestion/identite/fourmies\"", list);
        Assert.DoesNotContain("/gestion/identite/trelon", list);
        Assert.DoesNotContain("/gestion/identite/anor", list);
        using (var other = await agent.GetAsync("/gestion/identite/trelon"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }
        var demoEmblem = await EmblemOfFourmiesAsync(app);
        Assert.NotNull(demoEmblem);

        // Too light a colour: refused at its field, typed value kept; the emblem sent with it is saved all the same.
        await agent.OpenAsync(Page);
        var tooLight = await agent.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string> { ["Input.Colour"] = "#FFDD00" },
            [new UploadedFile("emblem", "blason.png", Png(600, 700), "image/png")]
        );
        Assert.Equal(HttpStatusCode.OK, tooLight.StatusCode);
        var refused = WebUtility.HtmlDecode(agent.LastPage);
        Assert.Contains("trop claire pour un texte sur fond blanc", refused);
        Assert.Contains("value=\"#FFDD00\"", refused);
        var emblem = await EmblemOfFourmiesAsync(app);
        Assert.NotEqual(demoEmblem, emblem);
        Assert.Contains($"/territoire/embleme/{emblem:N}.jpg", refused);

        // Not a picture, though named one: refused at the file field, nothing changed.
        await agent.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string> { ["Input.Colour"] = "#1F4E8C" },
            [new UploadedFile("emblem", "blason.png", "<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray())]
        );
        Assert.Contains("id=\"emblem-erreur\"", agent.LastPage);
        Assert.Equal(emblem, await EmblemOfFourmiesAsync(app));

        await agent.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string> { ["Input.Colour"] = "1b5e20" },
            [],
            Page
        );
        Assert.Contains("La couleur et le blason sont enregistrés", WebUtility.HtmlDecode(agent.LastPage));

        var visitor = app.Browser();
        var css = await visitor.OpenAsync("/territoire/couleurs.css");
        Assert.Contains(".identity--fourmies { --identity: #1b5e20; }", css);
        var commune = await visitor.OpenAsync("/communes/fourmies");
        Assert.Contains($"src=\"/territoire/embleme/{emblem:N}.jpg\" alt=\"\" width=\"274\" height=\"320\"", commune);
        Assert.Contains("\"logo\":\"http://localhost/territoire/embleme/", commune);
        Assert.Contains("identity--fourmies", await visitor.OpenAsync("/communes"));
        using (var picture = await visitor.GetAsync($"/territoire/embleme/{emblem:N}.jpg"))
        {
            Assert.Equal("image/jpeg", picture.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", picture.Headers.CacheControl?.ToString());
            using var decoded = SKBitmap.Decode(await picture.Content.ReadAsByteArrayAsync());
            Assert.Equal((274, 320), (decoded.Width, decoded.Height));
        }
        // The replaced emblem is gone, and no other stored file is served at that address.
        using (var old = await visitor.GetAsync($"/territoire/embleme/{demoEmblem:N}.jpg"))
        {
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }

        await agent.SubmitAsync(Page, new Dictionary<string, string> { ["Input.RemoveEmblem"] = "true" }, Page);
        Assert.Null(await EmblemOfFourmiesAsync(app));
        Assert.DoesNotContain("/territoire/embleme/", await app.Browser().OpenAsync("/communes/fourmies"));
        using var scope = app.App.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.Equal(
            3,
            await kernel.AuditEntries.CountAsync(e => e.Action == "kernel.identity-set" && e.Target == "commune:59249")
        );
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_intercommunalitys_emblem_heads_every_page_once_given(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var visitor = app.Browser();
        Assert.DoesNotContain("class=\"emblem\"", Header(await visitor.OpenAsync("/plan-du-site")));
        var admin = app.Browser();
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");
        const string Territory = "/gestion/identite/cc-sud-avesnois";

        await admin.OpenAsync(Territory);
        await admin.SubmitWithFilesAsync(
            Territory,
            new Dictionary<string, string> { ["Input.Colour"] = "#1F4E8C" },
            [new UploadedFile("emblem", "logo-ccsa.png", Png(400, 400), "image/png")]
        );
        Assert.Contains("La couleur et le blason sont enregistrés", WebUtility.HtmlDecode(admin.LastPage));

        // At once on this node: the header's copy is dropped with the change.
        Assert.Matches(
            "<img class=\"emblem\" src=\"/territoire/embleme/[0-9a-f]{32}\\.jpg\" alt=\"\"",
            Header(await visitor.OpenAsync("/plan-du-site"))
        );
        Assert.Contains("class=\"emblem\"", Header(await admin.OpenAsync("/gestion")));
    }

    private static string Header(string page) =>
        page[page.IndexOf("<header", StringComparison.Ordinal)..page.IndexOf("</header>", StringComparison.Ordinal)];

    private static async Task<Guid?> EmblemOfFourmiesAsync(CompanyApp app)
    {
        using var scope = app.App.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .Communes.Where(c => c.Insee == "59249")
            .Select(c => c.Identity.EmblemFileId)
            .SingleAsync();
    }

    private static byte[] Png(int width, int height) => SamplePictures.Draw(width, height, canvas =>
        {
            canvas.Clear(SKColors.Transparent);
            using var blue = new SKPaint { Color = SKColors.Navy };
            canvas.DrawCircle(width / 2f, height / 2f, width / 3f, blue);
        });
}
