using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// Anyone writes to the PIDE from the business section: each mistake is told at its field with the message kept;
/// sent, the desk receives the message at the address of its entry and the writer a copy in their language.
/// A signed-in person finds their name and address filled in.
/// </summary>
public sealed class BusinessContactTests
{
    private const string Contact = "/entreprises/contact";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_visitor_writes_to_the_business_desk_after_fixing_what_the_form_refused(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var visitor = app.Browser();
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Sam Duvivier",
            ["Input.Email"] = "sam.duvivier@",
            ["Input.Company"] = "Projet de micro-brasserie",
            ["Input.Topic"] = "Premises",
            ["Input.Message"] = "Court",
        };

        await visitor.GetAsync("/langue/en?retour=/entreprises/contact");
        var form = WebUtility.HtmlDecode(await visitor.OpenAsync(Contact));
        using var refused = await visitor.SubmitAsync(Contact, fields);
        var refusal = WebUtility.HtmlDecode(visitor.LastPage);
        fields["Input.Email"] = "sam.duvivier@example.be";
        fields["Input.Message"] = "I am looking for 200 m² with three-phase power near Fourmies, from March.";
        using var sent = await visitor.SubmitAsync(Contact, fields, Contact);
        var done = WebUtility.HtmlDecode(visitor.LastPage);

        Assert.Contains("Write to the Pôle d'initiative", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Write an e-mail address such as name@example.com.", refusal);
        Assert.Contains("Write your message: between 10 and 4000 characters.", refusal);
        Assert.Contains("value=\"Projet de micro-brasserie\"", refusal);
        Assert.Equal("/entreprises/contact", sent.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your message has been sent", done);
        var mails = await MailsAsync(app);
        var toDesk = Assert.Single(mails, m => m.Category == "places.business-contact");
        var copy = Assert.Single(mails, m => m.Category == "places.business-contact-copy");
        Assert.Equal("pide@demo.sud-avesnois.fr", toDesk.Recipient);
        Assert.Contains("Demande d'entreprise : un local ou un terrain (Sam Duvivier)", toDesk.Subject);
        Assert.Contains("sam.duvivier@example.be", toDesk.TextBody);
        Assert.Contains("three-phase power", toDesk.TextBody);
        Assert.Equal("sam.duvivier@example.be", copy.Recipient);
        Assert.Contains("Your message to the Pôle d'initiative", copy.Subject);
        Assert.Contains("http://localhost/annuaire/pide-sud-avesnois", copy.TextBody);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_signed_in_person_finds_their_name_and_address_filled_in(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var person = app.Browser();
        await person.SignInAsync("habitant@demo.sud-avesnois.fr", "Bocage-demo-2026");

        var form = WebUtility.HtmlDecode(await person.OpenAsync(Contact + "?sujet=Takeover"));

        Assert.Contains("value=\"Camille Lefebvre\"", form);
        Assert.Contains("value=\"habitant@demo.sud-avesnois.fr\"", form);
        Assert.Contains("<option value=\"Takeover\" selected", form);
    }

    private static async Task<List<Kernel.Mail.OutgoingMail>> MailsAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Category.StartsWith("places.business-contact"))
            .ToListAsync();
    }
}
