using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed partial class PublishingTests
{
    static PublishingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("id=\"cle-partagee\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    internal static async Task EnrolAsync(Browser browser, string email)
    {
        await browser.SignInAsync(email, "Bocage-demo-2026");
        var key = SharedKey().Match(browser.LastPage).Groups[1].Value;
        Assert.NotEmpty(key);
        await browser.SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) }
        );
    }

    /// <summary>
    /// Creates a dataset of Fourmies' town hall from the producer's form; its slug follows from the title.
    /// </summary>
    internal static async Task CreateDatasetAsync(Browser producer, string title, string theme)
    {
        await producer.SubmitAsync(
            "/gestion/donnees",
            new Dictionary<string, string>
            {
                ["Input.Title"] = title,
                ["Input.Description"] = "Jeu de données d'essai.",
                ["Input.Organisation"] = "mairie-fourmies",
                ["Input.Theme"] = theme,
                ["Input.Frequency"] = "Annuelle",
            },
            "/gestion/donnees"
        );
    }

    internal static Task<HttpResponseMessage> UploadAsync(
        Browser browser,
        string path,
        string fileName,
        byte[] content,
        string schema
    ) => UploadAsync(browser, path, fileName, new ByteArrayContent(content), schema);

    internal static async Task<HttpResponseMessage> UploadAsync(
        Browser browser,
        string path,
        string fileName,
        HttpContent content,
        string schema,
        HttpClient? client = null
    )
    {
        var page = await browser.OpenAsync(path);
        using var form = new MultipartFormDataContent
        {
            {
                new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)),
                "__RequestVerificationToken"
            },
            { new StringContent(schema), "Schema" },
            { content, "Upload", fileName },
        };
        return await (client ?? browser.Client).PostAsync(path, form);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_partner_creates_a_dataset_sees_the_errors_of_a_bad_file_then_publishes_the_fixed_one(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db);
        var partner = app.Browser();
        await EnrolAsync(partner, "partenaire@demo.sud-avesnois.fr");
        await partner.SubmitAsync(
            "/gestion/donnees",
            new Dictionary<string, string>
            {
                ["Input.Title"] = "Subventions du pôle de santé",
                ["Input.Description"] = "Aides versées en 2024.",
                ["Input.Organisation"] = "pole-sante-sud-avesnois",
                ["Input.Theme"] = "Finances",
                ["Input.Frequency"] = "Annuelle",
            },
            "/gestion/donnees"
        );
        const string path = "/gestion/donnees/subventions-du-pole-de-sante";
        var windows1252 = Encoding.GetEncoding(1252);

        using var bad = await UploadAsync(
            partner,
            path,
            "subventions.csv",
            windows1252.GetBytes(ScdlCsv.Grants(("2024-02-30", "784561230000", "1 500 €"))),
            "subventions"
        );
        var report = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        using var good = await UploadAsync(
            partner,
            path,
            "subventions.csv",
            windows1252.GetBytes(ScdlCsv.Grants(("2024-02-28", "78456123000011", "1500,50"))),
            "subventions"
        );
        var published = WebUtility.HtmlDecode(await good.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Le fichier n'a pas été publié", report);
        Assert.Contains("encodage Windows-1252, séparateur point-virgule", report);
        Assert.Contains("n'est pas une date au format AAAA-MM-JJ", report);
        Assert.Contains("« 1 500 € » n'est pas un nombre", report);
        Assert.Equal("/donnees/subventions-du-pole-de-sante", good.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Pôle de Santé Sud Avesnois", published);
        Assert.Contains("1 ligne(s) correspondent", published);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_producers_reach_the_back_office_and_only_for_their_organisations(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var anonymous = app.Browser();
        var trelon = app.Browser();
        await EnrolAsync(trelon, "agent.trelon@demo.sud-avesnois.fr");
        var fourmies = app.Browser();
        await EnrolAsync(fourmies, "agent.fourmies@demo.sud-avesnois.fr");

        using var signIn = await anonymous.GetAsync("/gestion/donnees");
        using var refused = await trelon.GetAsync("/gestion/donnees");
        var own = await fourmies.OpenAsync("/gestion/donnees");
        using var other = await fourmies.GetAsync("/gestion/donnees/subventions");

        Assert.Equal("/connexion", signIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("value=\"mairie-fourmies\"", own);
        Assert.DoesNotContain("value=\"mairie-trelon\"", own);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
