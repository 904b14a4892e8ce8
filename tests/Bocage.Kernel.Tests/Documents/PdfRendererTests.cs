using System.Text;
using Bocage.Kernel.Documents;
using Microsoft.Extensions.Time.Testing;

namespace Bocage.Kernel.Tests.Documents;

public sealed class PdfRendererTests
{
    private static readonly PdfRenderer Renderer = new(
        new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero))
    );

    private static PdfDocument Receipt(params PdfBlock[] blocks) =>
        new("Accusé de réception", blocks)
        {
            Subtitle = "Mairie de Fourmies",
            Footer = "Communauté de Communes Sud Avesnois",
        };

    [Fact]
    public void Writes_a_pdf_with_title_creator_and_language_in_its_information()
    {
        var bytes = Renderer.Render(
            Receipt(new PdfParagraph("Votre demande a bien été reçue.")) with
            {
                Language = "fr-FR",
            }
        );

        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        var pdf = PdfInspector.Open(bytes);
        Assert.Equal("Accusé de réception", pdf.Document.Info.Title);
        Assert.Equal("Bocage", pdf.Document.Info.Creator);
        Assert.True(pdf.RawContains("/Lang(fr-FR)"));
        Assert.Equal(1, pdf.PageCount);
    }

    [Fact]
    public void Writes_the_label_and_value_of_a_field_in_the_page_content()
    {
        var bytes = Renderer.Render(
            Receipt(
                new PdfHeading("Votre demande"),
                new PdfFields([new PdfField("Numéro", "DEM-2026-00042"), new PdfField("Commune", "Trélon")])
            )
        );

        var content = PdfInspector.Open(bytes).Content(0);
        Assert.Contains("(DEM-2026-00042) Tj", content);
        Assert.Contains("(Numéro :) Tj", content);
        Assert.Contains("(Trélon) Tj", content);
        Assert.Contains("(Votre demande) Tj", content);
    }

    [Fact]
    public void Page_count_grows_with_the_content()
    {
        var sentence = "Le conseil communautaire a délibéré sur le schéma des mobilités du Sud Avesnois. ";
        var shortOne = PdfInspector.Open(Renderer.Render(Receipt(new PdfParagraph(sentence))));
        var longOne = PdfInspector.Open(
            Renderer.Render(Receipt(new PdfParagraph(string.Concat(Enumerable.Repeat(sentence, 400)))))
        );
        var longer = PdfInspector.Open(
            Renderer.Render(Receipt(new PdfParagraph(string.Concat(Enumerable.Repeat(sentence, 800)))))
        );

        Assert.Equal(1, shortOne.PageCount);
        Assert.True(longOne.PageCount >= 3, $"{longOne.PageCount} pages");
        Assert.True(longer.PageCount > longOne.PageCount, $"{longer.PageCount} vs {longOne.PageCount} pages");
    }

    [Fact]
    public void Wraps_long_text_so_no_line_is_wider_than_the_page()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"mot{i:00}"));
        var pdf = PdfInspector.Open(
            Renderer.Render(Receipt(new PdfParagraph(words), new PdfParagraph(new string('x', 600))))
        );

        var content = pdf.Content(0);
        Assert.DoesNotContain(words, content);
        Assert.Contains("(mot00 ", content);
        Assert.Contains(" mot59) Tj", content);
        Assert.DoesNotContain(new string('x', 200), content);
        Assert.True(PdfInspector.Occurrences(content, "xxxxxxxxxx") > 10);
    }

    [Fact]
    public void Prints_the_footer_and_page_numbers_on_every_page()
    {
        var rows = Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)[$"Ligne {i}", "10,00 €"]).ToList();
        var pdf = PdfInspector.Open(Renderer.Render(Receipt(new PdfTable(["Objet", "Montant"], rows))));

        Assert.True(pdf.PageCount > 1);
        for (var page = 0; page < pdf.PageCount; page++)
        {
            var content = pdf.Content(page);
            Assert.Contains($"(page {page + 1} / {pdf.PageCount}) Tj", content);
            Assert.Contains("(Communauté de Communes Sud Avesnois) Tj", content);
        }
    }

    [Fact]
    public void Control_characters_are_dropped_instead_of_failing()
    {
        var dirty = "Dupont\u0000\u0007\b\u001B[31m Jean\r\n\t\u007F\uD800 fin";
        var document = new PdfDocument(
            "Reçu\u0000\u0001 n° 12",
            [
                new PdfHeading(dirty),
                new PdfParagraph(dirty),
                new PdfFields([new PdfField(dirty, dirty)]),
                new PdfTable(
                    [dirty],
                    [
                        [dirty, dirty],
                    ]
                ),
            ]
        )
        {
            Subtitle = dirty,
            Footer = dirty,
        };

        var pdf = PdfInspector.Open(Renderer.Render(document));

        Assert.Equal("Reçu n° 12", pdf.Document.Info.Title);
        Assert.Contains("(Dupont[31m Jean) Tj", pdf.Content(0));
        // Ordinal: culture-aware comparison ignores control characters and would always "find" them.
        Assert.DoesNotContain(pdf.AllContent(), c =>
            c is '\u0000' or '\u0001' or '\u0007' or '\b' or '\u001B' or '\u007F'
        );
    }

    [Fact]
    public void Renders_french_and_other_unicode_text_with_the_embedded_font()
    {
        var bytes = Renderer.Render(
            Receipt(
                new PdfParagraph("« Cœur de ville » : 1 250,50 € — Œuvre, ça, où, ÿ"),
                new PdfParagraph("Łódź, Ørsted, Ἀθῆναι, 東京, 🙂")
            )
        );

        var pdf = PdfInspector.Open(bytes);
        Assert.True(pdf.RawContains("/FontFile2"));
        Assert.True(pdf.RawContains("DejaVu#20Sans"));
        Assert.Equal(1, pdf.PageCount);
    }

    [Fact]
    public void Empty_documents_and_missing_parts_still_render_one_page()
    {
        var pdf = PdfInspector.Open(
            Renderer.Render(
                new PdfDocument(
                    "",
                    [
                        new PdfTable([], []),
                        new PdfFields([]),
                        new PdfParagraph(""),
                        new PdfTable(
                            ["A"],
                            [
                                [],
                                ["1", "2", "3"],
                            ]
                        ),
                    ]
                )
            )
        );

        Assert.Equal(1, pdf.PageCount);
    }

    [Fact]
    public void Renders_from_several_threads_at_once_like_a_web_server()
    {
        var results = new byte[8][];
        Parallel.For(0, results.Length, i =>
            results[i] = Renderer.Render(Receipt(new PdfFields([new PdfField("Numéro", $"DEM-{i:000}")])))
        );

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Contains($"(DEM-{i:000}) Tj", PdfInspector.Open(results[i]).Content(0));
        }
    }

    [Fact]
    public async Task Prints_the_issuers_emblem_above_the_title_when_it_has_one()
    {
        var emblem = SamplePictures.Plain(320, 240, SkiaSharp.SKColors.Navy, SkiaSharp.SKEncodedImageFormat.Jpeg);

        var with = Renderer.Render(Receipt(new PdfParagraph("Reçu.")) with { Emblem = emblem });
        var without = Renderer.Render(Receipt(new PdfParagraph("Reçu.")));

        Assert.Equal([(320, 240)], await Bocage.Testing.PdfText.ImagesAsync(with));
        Assert.Empty(await Bocage.Testing.PdfText.ImagesAsync(without));
        Assert.Contains("Mairie de Fourmies", await Bocage.Testing.PdfText.ExtractAsync(with));
    }
}
