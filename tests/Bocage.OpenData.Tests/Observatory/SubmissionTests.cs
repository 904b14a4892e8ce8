using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Observatory;

public sealed class SubmissionTests
{
    private const string Partner = "agent.fourmies@demo.sud-avesnois.fr";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_partner_value_is_published_only_once_another_agent_validates_it(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var partner = await StaffSignIn.AsAsync(app, Partner);

        using var submitted = await partner.SubmitAsync(
            "/gestion/observatoire/saisie",
            new Dictionary<string, string>
            {
                ["Input.Indicator"] = "commerces-vacants",
                ["Input.Commune"] = "59249",
                ["Input.Period"] = "2026-03",
                ["Input.Value"] = "37",
            },
            "/gestion/observatoire/saisie"
        );
        Assert.Contains("attendent la validation", WebUtility.HtmlDecode(partner.LastPage));
        await partner.OpenAsync("/observatoire/commerces-vacants?communes=59249");
        Assert.DoesNotContain("2026-03", partner.LastPage);

        using var ownReview = await partner.GetAsync("/gestion/observatoire");
        Assert.Equal(HttpStatusCode.Forbidden, ownReview.StatusCode);

        var admin = await StaffSignIn.AsAsync(app, "admin@demo.sud-avesnois.fr");
        await admin.OpenAsync("/gestion/observatoire");
        var id = System
            .Text.RegularExpressions.Regex.Match(admin.LastPage, "name=\"value\" value=\"(\\d+)\"")
            .Groups[1]
            .Value;
        using var validated = await admin.SubmitAsync(
            "/gestion/observatoire",
            new Dictionary<string, string> { ["value"] = id, ["decision"] = "valider" }
        );

        Assert.Contains("La valeur est publiée", WebUtility.HtmlDecode(admin.LastPage));
        await partner.OpenAsync("/observatoire/commerces-vacants?communes=59249");
        Assert.Contains("<th scope=\"row\">2026-03</th>", partner.LastPage);
        using var scope = app.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.True(await kernel.AuditEntries.AnyAsync(e => e.Action == "data.observatory.submit"));
        Assert.True(
            await kernel.AuditEntries.AnyAsync(e =>
                e.Action == "data.observatory.validate" && e.Target == $"indicator-value:{id}"
            )
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_value_is_refused_at_its_field_and_kept(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var partner = await StaffSignIn.AsAsync(app, Partner);

        using var response = await partner.SubmitAsync(
            "/gestion/observatoire/saisie",
            new Dictionary<string, string>
            {
                ["Input.Indicator"] = "commerces-vacants",
                ["Input.Commune"] = "59249",
                ["Input.Period"] = "l'an dernier",
                ["Input.Value"] = "37",
            },
            "/gestion/observatoire/saisie"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(partner.LastPage);
        Assert.Contains("Indiquez une année (2025) ou un mois (2025-03).", page);
        Assert.Contains("value=\"l'an dernier\"", page);
        Assert.Contains("aria-invalid=\"true\"", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_csv_with_one_wrong_line_saves_nothing_and_lists_the_line(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var partner = await StaffSignIn.AsAsync(app, Partner);
        await partner.OpenAsync("/gestion/observatoire/saisie");
        var token = System
            .Text.RegularExpressions.Regex.Match(
                partner.LastPage,
                "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\""
            )
            .Groups[1]
            .Value;
        using var count = app.Services.CreateScope();
        var before = await count
            .ServiceProvider.GetRequiredService<Bocage.OpenData.Data.OpenDataDb>()
            .IndicatorValues.CountAsync();

        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        var csv = new ByteArrayContent(
            System.Text.Encoding.UTF8.GetBytes(
                "indicateur;commune;periode;valeur\ncommerces-vacants;59249;2026-04;35\ncommerces-vacants;99999;2026-04;35\n"
            )
        );
        csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(csv, "fichier", "valeurs.csv");
        using var response = await partner.Client.PostAsync("/gestion/observatoire/saisie?handler=Csv", form);

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ligne 3 : Choisissez une commune du territoire", page);
        using var after = app.Services.CreateScope();
        Assert.Equal(
            before,
            await after
                .ServiceProvider.GetRequiredService<Bocage.OpenData.Data.OpenDataDb>()
                .IndicatorValues.CountAsync()
        );
    }
}
