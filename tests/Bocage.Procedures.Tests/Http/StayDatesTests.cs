using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// The attestation d'accueil as a host fills it: the passport format is told before any mistake, a number typed in
/// lower case is taken, and a departure before the arrival is refused at the departure, with what was typed kept.
/// </summary>
public sealed class StayDatesTests
{
    private const string Path = "/demarches/attestation-accueil-fourmies";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_departure_before_the_arrival_is_refused_and_a_lower_case_passport_is_taken(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var host = app.Browser();
        await host.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        using var started = await host.SubmitAsync(Path, new Dictionary<string, string>(), Path);
        var file = started.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[3];
        var page0 = $"/demarches/dossier/{file}/etape/0";
        await host.OpenAsync(page0);
        Assert.Contains("autocomplete=\"name\"", host.LastPage);
        await host.SubmitAsync(
            page0,
            new Dictionary<string, string>
            {
                ["r.nom"] = "Léa Martin",
                ["r.adresse.rue"] = "1 rue Verte",
                ["r.adresse.code-postal"] = "59610",
                ["r.adresse.commune"] = "59249",
                ["r.surface"] = "60",
                ["aller"] = "suivant",
            },
            page0
        );
        var page1 = $"/demarches/dossier/{file}/etape/1";
        await host.OpenAsync(page1);
        Assert.Contains("tel qu'imprimé sur le passeport (par exemple 20AB12345)", Decoded(host));
        // The invitee's name is not the host's: the browser must not fill it with the host's own.
        Assert.DoesNotContain("autocomplete=\"name\"", host.LastPage);

        var stay = new Dictionary<string, string>
        {
            ["r.invite-nom"] = "Ana Souza",
            ["r.invite-naissance"] = "1990-05-04",
            ["r.invite-passeport"] = "fp 123456",
            ["r.arrivee"] = "2027-07-10",
            ["r.depart"] = "2027-07-01",
            ["r.attestation"] = "oui",
            ["aller"] = "suivant",
        };
        await host.SubmitAsync(page1, stay, page1);
        Assert.Contains("« Date de départ » ne peut pas être avant « Date d'arrivée ».", Decoded(host));
        Assert.DoesNotContain("Le numéro de passeport compte", Decoded(host));
        Assert.Contains("value=\"2027-07-01\"", host.LastPage);

        stay["r.depart"] = "2027-07-20";
        using var review = await host.SubmitAsync(page1, stay, page1);
        Assert.EndsWith("/recapitulatif", review.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("FP123456", host.LastPage);
    }
}
