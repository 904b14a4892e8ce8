using System.IO.Compression;
using System.Net;
using Bocage.OpenData.Domain.Validation;
using MiniExcelLibs;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>
/// A workbook is judged from its zip directory before it is parsed (macros, inflated size), its cells are
/// counted against a limit, and its rows are streamed pass by pass.
/// </summary>
public sealed class WorkbookLimitsTests
{
    private static readonly ReportMessages French = new(CultureTexts.For<OpenDataResource>("fr"));

    [Fact]
    public void A_workbook_with_a_macro_part_is_refused_from_its_directory()
    {
        var macros = WithEntry(Workbook(3), "xl/vbaProject.bin", new byte[64]);

        var file = TabularFile.FromXlsx(macros, French);

        Assert.Equal(French.XlsxMacros, file.Fatal);
        Assert.Contains("macros", file.Fatal);
    }

    [Fact]
    public void A_workbook_that_would_inflate_past_the_limit_is_refused_before_parsing()
    {
        // Ten megabytes of zeros deflate to a few kilobytes: the shape of a decompression bomb.
        var bomb = WithEntry(Workbook(3), "xl/media/padding.bin", new byte[10 * 1024 * 1024]);
        Assert.True(bomb.Length < 100 * 1024);

        var file = TabularFile.FromXlsx(() => new MemoryStream(bomb), French, new XlsxLimits(1024 * 1024, 1_000_000));

        Assert.Equal(French.XlsxTooLarge(1), file.Fatal);
    }

    [Fact]
    public void A_workbook_with_more_cells_than_the_limit_is_refused_with_the_number()
    {
        var workbook = Workbook(50);

        var refused = TabularFile.FromXlsx(() => new MemoryStream(workbook), French, new XlsxLimits(1L << 30, 100));
        var accepted = TabularFile.FromXlsx(() => new MemoryStream(workbook), French, new XlsxLimits(1L << 30, 153));

        Assert.Equal(French.XlsxTooManyCells(100), refused.Fatal);
        Assert.Contains("100 cellules", refused.Fatal!.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Null(accepted.Fatal);
    }

    [Fact]
    public void Each_pass_reads_the_rows_anew_from_the_file()
    {
        var workbook = Workbook(4);
        var opened = 0;

        var file = TabularFile.FromXlsx(
            () =>
            {
                opened++;
                return new MemoryStream(workbook);
            },
            French,
            XlsxLimits.Default
        );
        var first = file.Rows().ToList();
        var second = file.Rows().ToList();

        Assert.Equal(["commune", "places", "note"], file.Headers);
        Assert.Equal(4, first.Count);
        Assert.Equal(2, first[0].Line);
        Assert.Equal("Commune 3", first[3].Cells[0]);
        Assert.Equal(first.Select(r => r.Cells[0]), second.Select(r => r.Cells[0]));
        Assert.Equal(4, opened);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_sending_a_macro_workbook_or_one_past_the_cell_limit_reads_why_and_nothing_is_published(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db).With("Data:XlsxMaxCells", "20");
        var agent = app.Browser();
        await PublishingTests.EnrolAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await PublishingTests.CreateDatasetAsync(agent, "Salles communales", "Équipements");
        const string path = "/gestion/donnees/salles-communales";

        using var macros = await PublishingTests.UploadAsync(
            agent,
            path,
            "salles.xlsx",
            WithEntry(Workbook(3), "xl/vbaProject.bin", new byte[64]),
            ""
        );
        var macrosPage = WebUtility.HtmlDecode(await macros.Content.ReadAsStringAsync());
        using var large = await PublishingTests.UploadAsync(agent, path, "salles.xlsx", Workbook(10), "");
        var largePage = WebUtility.HtmlDecode(await large.Content.ReadAsStringAsync());
        using var api = await agent.Client.GetAsync("/api/donnees/salles-communales/donnees/lignes");
        var rows = await api.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, macros.StatusCode);
        Assert.Contains("Ce classeur contient des macros", macrosPage);
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Contains("Ce classeur a plus de 20 cellules", largePage);
        Assert.DoesNotContain("Commune 1", rows);
    }

    /// <summary>A real workbook of <paramref name="rows"/> rows under a header of three columns.</summary>
    private static byte[] Workbook(int rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(
            Enumerable
                .Range(0, rows)
                .Select(i => new Dictionary<string, object>
                {
                    ["commune"] = $"Commune {i}",
                    ["places"] = i * 10,
                    ["note"] = "salle",
                })
        );
        return stream.ToArray();
    }

    private static byte[] WithEntry(byte[] workbook, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(content);
        }
        return stream.ToArray();
    }
}
