using System.Text;
using Bocage.Places.Domain.Import;

namespace Bocage.Places.Tests.Domain;

/// <summary>
/// The places' CSV as spreadsheets save it: semicolons or commas, a byte order mark or none, headers typed with
/// accents and spaces, quoted cells over several lines; and every way a file cannot be read said once, by name.
/// </summary>
public sealed class PlaceCsvReaderTests
{
    private const string Header = "nom;type;commune;code_postal;latitude;longitude";

    private static (PlaceCsvReader Reader, List<PlaceCsvRow> Rows) Read(string text, bool bom = false, int max = 5000)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = PlaceCsvReader.Open(
            new MemoryStream(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes),
            max
        );
        return (reader, reader.Rows().ToList());
    }

    [Fact]
    public void A_semicolon_file_with_a_byte_order_mark_reads_its_columns_and_lines()
    {
        var (reader, rows) = Read(
            $"{Header};horaires\r\nMusée;Musée;Fourmies;59610;50,01;4,05;Mo 10:00-12:00\r\n",
            bom: true
        );

        Assert.Null(reader.Problem);
        Assert.Equal(["nom", "type", "commune", "code_postal", "latitude", "longitude", "horaires"], reader.Columns);
        var row = Assert.Single(rows);
        Assert.Equal(2, row.Line);
        Assert.Equal("Musée", row["nom"]);
        Assert.Equal("50,01", row["latitude"]);
        Assert.Equal("Mo 10:00-12:00", row["horaires"]);
        Assert.False(row.Has("telephone"));
    }

    [Fact]
    public void A_comma_file_is_told_by_its_separator_and_quoted_cells_keep_their_commas_and_lines()
    {
        var (reader, rows) = Read(
            "Nom,Type,Commune,Code postal,Latitude,Longitude,Résumé,Accès plain-pied\n"
                + "\"Halle, marché\",Commerce,59249,59610,\"50,01\",4.05,\"Deux\nlignes\",oui\n"
                + "Église,Patrimoine,Trélon,59132,50.06,4.1,,non\n"
        );

        Assert.Null(reader.Problem);
        Assert.Contains("resume", reader.Columns);
        Assert.Contains("acces_plain_pied", reader.Columns);
        Assert.Equal("Halle, marché", rows[0]["nom"]);
        Assert.Equal("Deux\nlignes", rows[0]["resume"]);
        // The quoted summary spans lines 2 and 3: the next place starts on line 4.
        Assert.Equal([2, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public void Unknown_columns_are_listed_empty_lines_skipped_and_short_lines_read_as_empty()
    {
        var (reader, rows) = Read($"{Header};couleur\nA;Musée;Anor\n;;;;;;\n\nB;Musée;Anor;59680;50;4;bleu\n");

        Assert.Null(reader.Problem);
        Assert.Equal(["couleur"], reader.Ignored);
        Assert.Equal([2, 5], rows.Select(r => r.Line));
        Assert.Equal("", rows[0]["code_postal"]);
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        var (reader, rows) = Read("nom;type;commune;latitude\nA;Musée;Anor;50\n");

        Assert.Empty(rows);
        Assert.Equal("Import_MissingColumns", reader.Problem!.Key);
        Assert.Equal(["code_postal, longitude"], reader.Problem.Arguments);
    }

    [Theory]
    [InlineData("nom:type:commune:code_postal:latitude:longitude\nA:B:C:D:E:F\n")]
    [InlineData("nom\ttype\tcommune\tcode_postal\tlatitude\tlongitude\nA\tB\tC\tD\tE\tF\n")]
    [InlineData("nom|type|commune|code_postal|latitude|longitude\nA|B|C|D|E|F\n")]
    public void Another_separator_is_told_as_such_rather_than_as_missing_columns(string text)
    {
        var (reader, rows) = Read(text);

        Assert.Empty(rows);
        Assert.Equal("Import_Separator", reader.Problem!.Key);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("\n\n\r\n", false)]
    public void An_empty_file_is_told_empty(string text, bool bom)
    {
        var (reader, rows) = Read(text, bom);

        Assert.Empty(rows);
        Assert.Equal("Import_Empty", reader.Problem!.Key);
    }

    [Fact]
    public void A_file_past_the_limit_stops_at_the_first_line_too_many()
    {
        var lines = string.Concat(Enumerable.Range(1, 4).Select(i => $"Lieu {i};Musée;Anor;59680;50;4\n"));

        var (reader, rows) = Read(Header + "\n" + lines, max: 3);

        Assert.Equal(3, rows.Count);
        Assert.Equal("Import_TooManyRows", reader.Problem!.Key);
        Assert.Equal([3], reader.Problem.Arguments);
    }

    [Fact]
    public void A_quote_never_closed_stops_the_reading_at_its_line_and_a_stray_quote_is_kept()
    {
        var (reader, rows) = Read(
            $"{Header}\nLe \"Petit\" café;Restaurant;Anor;59680;50;4\nB;\"Musée;Anor;59680;50;4\nC;Musée;Anor;59680;50;4\n"
        );

        Assert.Equal("Le \"Petit\" café", Assert.Single(rows)["nom"]);
        Assert.Equal("Import_Unterminated", reader.Problem!.Key);
        Assert.Equal([3], reader.Problem.Arguments);
    }

    [Fact]
    public void The_template_is_read_back_as_one_valid_line_with_every_column()
    {
        using var reader = PlaceCsvReader.Open(new MemoryStream(PlaceCsvTemplate.Content()));
        var rows = reader.Rows().ToList();

        Assert.Null(reader.Problem);
        Assert.Equal(PlaceCsvColumns.All.Select(c => c.Name), reader.Columns);
        Assert.Equal("Jardin partagé des Verriers", Assert.Single(rows)["nom"]);
    }
}
