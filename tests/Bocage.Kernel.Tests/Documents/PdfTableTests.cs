using System.Diagnostics;
using Bocage.Kernel.Documents;

namespace Bocage.Kernel.Tests.Documents;

public sealed class PdfTableTests
{
    private static readonly PdfRenderer Renderer = new(TimeProvider.System);

    private static List<IReadOnlyList<string>> Payments(int count) =>
        Enumerable
            .Range(1, count)
            .Select(i =>
                (IReadOnlyList<string>)
                    [$"FAC-{i:00000}", "Redevance d’enlèvement des ordures ménagères", $"{i % 97},50 €"]
            )
            .ToList();

    [Fact]
    public void A_two_thousand_row_table_spans_several_pages_with_its_header_on_each()
    {
        var pdf = PdfInspector.Open(
            Renderer.Render(
                new PdfDocument("Paiements", [new PdfTable(["Référence", "Objet", "Montant"], Payments(2000))])
            )
        );

        Assert.True(pdf.PageCount > 20, $"{pdf.PageCount} pages");
        for (var page = 0; page < pdf.PageCount; page++)
        {
            Assert.Equal(1, PdfInspector.Occurrences(pdf.Content(page), "(Montant) Tj"));
        }

        var all = pdf.AllContent();
        Assert.Contains("(FAC-00001) Tj", all);
        Assert.Contains("(FAC-02000) Tj", all);
        Assert.Equal(2000, PdfInspector.Occurrences(all, "(FAC-"));
    }

    [Fact]
    public void A_row_taller_than_a_page_continues_on_the_next_one()
    {
        var huge = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"motif{i}"));
        var pdf = PdfInspector.Open(
            Renderer.Render(
                new PdfDocument(
                    "Motifs",
                    [
                        new PdfTable(
                            ["N°", "Motif"],
                            [
                                ["1", huge],
                            ]
                        ),
                    ]
                )
            )
        );

        Assert.True(pdf.PageCount > 1);
        Assert.Contains("motif2999", pdf.AllContent());
        Assert.Contains("(Motif) Tj", pdf.Content(pdf.PageCount - 1));
    }

    [Fact]
    public void Ten_thousand_rows_render_in_reasonable_time()
    {
        var watch = Stopwatch.StartNew();
        var bytes = Renderer.Render(
            new PdfDocument("Paiements", [new PdfTable(["Référence", "Objet", "Montant"], Payments(10_000))])
        );
        watch.Stop();

        var pdf = PdfInspector.Open(bytes);
        Assert.True(pdf.PageCount > 100, $"{pdf.PageCount} pages");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
