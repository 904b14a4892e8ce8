using System.Text.RegularExpressions;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// What a person gets once they filed: the tracking code with the page to use it on, a receipt mail that says what
/// comes next and where to follow the file, and the receipt again from the file's page, in French; an account holder
/// is never sent to a tracking code.
/// </summary>
public sealed partial class FiledFileTests
{
    [GeneratedRegex(
        @"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d"
    )]
    private static partial Regex FrenchDate();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_without_an_account_gets_the_tracking_page_and_the_receipt_in_french(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var email = $"jade.{Guid.NewGuid():N}@exemple.fr";
        var file = await StartAnonymouslyAsync(applicant, email);
        var number = await SubmitBinAsync(applicant, file);

        var mails = await MailsToAsync(app, email, ms => ms.Any(m => m.Category == "procedures.demande-recue"));
        var code = mails.Single(m => m.Category == "procedures.code-suivi");
        Assert.Contains("Page de suivi : http://localhost/demarches/suivi", code.TextBody);
        var receipt = mails.Single(m => m.Category == "procedures.demande-recue");
        Assert.Contains(number, receipt.Subject);
        Assert.Contains("Et maintenant ?", receipt.TextBody);
        Assert.Contains("http://localhost/demarches/suivi", receipt.TextBody);

        await applicant.OpenAsync($"/demarches/dossier/{file}");
        Assert.Contains($"Télécharger le récapitulatif de la demande {number} (PDF)", Decoded(applicant));
        using var pdf = await applicant.GetAsync($"/demarches/dossier/{file}?handler=Receipt");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = Regex.Replace(await PdfText.ExtractAsync(bytes), @"\s+", " ");
        Assert.Contains(number, text);
        Assert.Contains("Commune de Fourmies", text);
        // Issued in Fourmies' name, with its emblem (the demo's drawn shield) above the title.
        Assert.Single(await PdfText.ImagesAsync(bytes));
        Assert.Contains("Déposé le", text);
        Assert.Matches(FrenchDate(), text);
        Assert.DoesNotContain(" at ", text);
        // Someone else, without the file's code, gets nothing.
        using var stranger = await app.Browser().GetAsync($"/demarches/dossier/{file}?handler=Receipt");
        Assert.NotEqual("application/pdf", stranger.Content.Headers.ContentType?.MediaType);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_account_holder_is_led_to_their_files_and_never_to_a_tracking_code(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        const string Email = "habitant@demo.sud-avesnois.fr";
        var applicant = app.Browser();
        await applicant.SignInAsync(Email, Password);
        await applicant.OpenAsync(BinPath);
        Assert.DoesNotContain("href=\"/demarches/suivi\"", applicant.LastPage);
        Assert.Contains("href=\"/demarches/mes-dossiers\"", applicant.LastPage);
        var before = (await MailsToAsync(app, Email)).Count;

        var file = await StartAnonymouslyAsync(applicant, Email);
        await SubmitBinAsync(applicant, file);

        var mails = (
            await MailsToAsync(app, Email, ms => ms.Skip(before).Any(m => m.Category == "procedures.demande-recue"))
        )
            .Skip(before)
            .ToList();
        Assert.DoesNotContain(mails, m => m.Category == "procedures.code-suivi");
        var receipt = mails.Single(m => m.Category == "procedures.demande-recue");
        Assert.Contains($"http://localhost/demarches/dossier/{file}", receipt.TextBody);
        Assert.DoesNotContain("code de suivi", receipt.TextBody);
    }
}
