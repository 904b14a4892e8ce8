using System.Diagnostics;
using Bocage.Kernel.Documents;
using Microsoft.Extensions.Time.Testing;

namespace Bocage.Kernel.Tests.Documents;

/// <summary>
/// The documents we hand out, read by a tool that did not write them: qpdf (Debian) checks the file's structure
/// and every stream, and must find nothing to warn about.
/// </summary>
public sealed class PdfConformanceTests
{
    [Fact]
    public async Task Qpdf_finds_no_error_and_no_warning_in_a_receipt()
    {
        var renderer = new PdfRenderer(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)));
        var bytes = renderer.Render(
            new PdfDocument(
                "Accusé de réception",
                [
                    new PdfHeading("Votre demande"),
                    new PdfFields([new PdfField("Numéro", "DEM-2026-00042"), new PdfField("Commune", "Trélon")]),
                    new PdfParagraph("Votre demande a bien été reçue. Œuvre, été, « guillemets » et 12 € compris."),
                ]
            )
            {
                Footer = "Communauté de Communes Sud Avesnois",
            }
        );
        var file = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var start = new ProcessStartInfo("qpdf", ["--check", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var qpdf = Process.Start(start)!;
            var output = await qpdf.StandardOutput.ReadToEndAsync() + await qpdf.StandardError.ReadToEndAsync();
            await qpdf.WaitForExitAsync();

            // 0: no error, no warning (3 would be warnings only).
            Assert.True(qpdf.ExitCode == 0, output);
            Assert.Contains("No syntax or stream encoding errors found", output);
            Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
