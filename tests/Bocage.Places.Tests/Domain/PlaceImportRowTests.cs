using System.Text;
using Bocage.Kernel.Permissions;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Import;

namespace Bocage.Places.Tests.Domain;

/// <summary>
/// Each line of an import is checked as the agents' form checks a place, plus what only a file can get wrong: a
/// commune written by name or outside the agent's scope, the place a line updates, the same place twice. Every
/// problem is told at its column; an update keeps what the file does not say.
/// </summary>
public sealed class PlaceImportRowTests
{
    private const string Header = "identifiant;nom;type;commune;code_postal;latitude;longitude";

    private static readonly Place Textile = Place.Create(
        "musee-du-textile",
        new PlaceDetails("Musée du Textile", PlaceKind.Museum, "59249", "Rue de la Filature", "59610", 50.01, 4.05)
        {
            Phone = "03 27 60 66 11",
            Website = "https://musee-textile.example",
            StepFree = true,
        },
        DateTime.UnixEpoch
    );

    private static readonly PlaceImportContext Context = new(
        new Dictionary<string, string>
        {
            ["59249"] = "Fourmies",
            ["59601"] = "Trélon",
            ["59198"] = "Eppe-Sauvage",
        },
        new AccessScope(false, new HashSet<string> { "59249", "59198" }, new HashSet<string>()),
        new Dictionary<string, PlaceKind>
        {
            ["museum"] = PlaceKind.Museum,
            ["musee"] = PlaceKind.Museum,
            ["site-naturel"] = PlaceKind.Nature,
        },
        [
            new PlaceEntry(Textile.Slug, Textile.Details.Name, "59249"),
            new PlaceEntry("eglise-de-trelon", "Église", "59601"),
            new PlaceEntry("halle", "Halle", "59249"),
            new PlaceEntry("halle-2", "Halle", "59249"),
        ]
    );

    private static (List<(PlaceRowDraft Draft, PlaceDetails? Details)> Lines, List<PlaceImportProblem> Problems) Check(
        string csv
    )
    {
        using var reader = PlaceCsvReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var check = new PlaceRowCheck(Context);
        var problems = new List<PlaceImportProblem>();
        var lines = new List<(PlaceRowDraft, PlaceDetails?)>();
        foreach (var row in reader.Rows())
        {
            var draft = check.Resolve(row, problems);
            var existing = draft.ExistingSlug == Textile.Slug ? Textile : null;
            lines.Add((draft, PlaceRowCheck.Describe(draft, existing, problems)));
        }
        Assert.Null(reader.Problem);
        return (lines, problems);
    }

    [Fact]
    public void A_new_place_is_described_with_its_commune_and_kind_as_people_write_them()
    {
        var (lines, problems) = Check(
            Header
                + ";horaires;acces_plain_pied\n;Jardin des Verriers;Site naturel;eppe sauvage;59132;50,059;4.105;Sa 10:00-12:00;Oui\n"
        );

        Assert.Empty(problems);
        var (draft, details) = Assert.Single(lines);
        Assert.Null(draft.ExistingSlug);
        Assert.Equal(PlaceKind.Nature, details!.Kind);
        Assert.Equal("59198", details.CommuneInsee);
        Assert.Equal(50.059, details.Latitude);
        Assert.True(details.StepFree);
        Assert.Equal("Sa 10:00-12:00", details.OpeningHours);
    }

    [Fact]
    public void A_line_of_the_same_name_and_commune_updates_the_place_and_keeps_what_the_file_does_not_say()
    {
        var (lines, problems) = Check(
            Header + ";resume;site\n;MUSEE DU TEXTILE;Museum;59249;59610;50.01;4.05;Le textile à Fourmies.;\n"
        );

        Assert.Empty(problems);
        var (draft, details) = Assert.Single(lines);
        Assert.Equal(Textile.Slug, draft.ExistingSlug);
        Assert.Equal("MUSEE DU TEXTILE", details!.Name);
        Assert.Equal("Le textile à Fourmies.", details.Summary.Fr);
        // No telephone nor access column: the place's are kept; an empty cell clears.
        Assert.Equal("03 27 60 66 11", details.Phone);
        Assert.True(details.StepFree);
        Assert.Equal("", details.Website);
    }

    [Fact]
    public void Every_problem_of_a_bad_line_is_told_at_its_column_in_the_forms_words()
    {
        var (lines, problems) = Check(
            Header
                + ";telephone;acces_plain_pied\n;Château;Château;Fourmies;5961;cinquante;4.05;"
                + new string('0', 40)
                + ";peut-être\n"
        );

        Assert.Null(Assert.Single(lines).Details);
        Assert.Equal(
            [
                ("acces_plain_pied", "Import_YesNo"),
                ("code_postal", "Form_PostalCode"),
                ("latitude", "Form_Degrees"),
                ("telephone", "Form_TooLong"),
                ("type", "Form_KindInvalid"),
            ],
            problems.Select(p => (p.Column, p.Key)).Order()
        );
        Assert.All(problems, p => Assert.Equal(2, p.Line));
        Assert.Equal("5961", problems.Single(p => p.Column == "code_postal").Value);
    }

    [Fact]
    public void Communes_outside_the_territory_or_the_scope_are_refused_with_their_name()
    {
        var (_, problems) = Check(
            Header + "\n;Beffroi;Musée;Lille;59000;50.6;3.06\n;Verrerie;Musée;TRELON;59132;50.06;4.1\n"
        );

        Assert.Equal("Import_CommuneUnknown", problems.Single(p => p.Line == 2).Key);
        var outside = problems.Single(p => p.Line == 3);
        Assert.Equal(("commune", "Import_CommuneOutOfScope"), (outside.Column, outside.Key));
        Assert.Equal(["Trélon"], outside.Arguments);
    }

    [Fact]
    public void Identifiers_twins_and_homonyms_are_told_apart()
    {
        var (lines, problems) = Check(
            Header
                + "\n"
                + "inconnu;A;Musée;Fourmies;59610;50;4\n"
                + "eglise-de-trelon;Église;Musée;Fourmies;59610;50;4\n"
                + "musee-du-textile;Musée du Textile;Musée;Eppe-Sauvage;59610;50;4\n"
                + ";Halle;Musée;Fourmies;59610;50;4\n"
                + ";Maison;Musée;Fourmies;59610;50;4\n"
                + ";maison;Musée;59249;59610;50;4\n"
                + "musee-du-textile;Musée du Textile;Musée;Fourmies;59610;50;4\n"
        );

        Assert.Equal(
            [
                (2, "identifiant", "Import_IdentifierUnknown"),
                (3, "identifiant", "Import_PlaceOutOfScope"),
                (4, "commune", "Import_CommuneChanged"),
                (5, "nom", "Import_NameAmbiguous"),
                (7, "nom", "Import_Duplicate"),
            ],
            problems.Select(p => (p.Line, p.Column, p.Key))
        );
        Assert.Equal([6], problems.Single(p => p.Line == 7).Arguments);
        Assert.Equal([6, 8], lines.Where(l => l.Details is not null).Select(l => l.Draft.Row.Line));
        Assert.Equal("musee-du-textile", lines.Last().Draft.ExistingSlug);
    }
}
