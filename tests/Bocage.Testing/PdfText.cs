using System.Diagnostics;
using Xunit;

namespace Bocage.Testing;

/// <summary>
/// Reads a PDF with poppler's <c>pdfinfo</c> and <c>pdftotext</c> (Debian's poppler-utils, installed by
/// <c>test.sh</c>): a reader that is not ours, so a PDF that only our own code could open fails here.
/// </summary>
public static class PdfText
{
    /// <summary>The text of every page, in reading order, after <c>pdfinfo</c> accepted the file.</summary>
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var info = await RunAsync("pdfinfo", path);
            Assert.True(info.Code == 0, "pdfinfo refused the PDF: " + info.Error);
            Assert.DoesNotContain("Syntax Error", info.Error, StringComparison.Ordinal);
            var text = await RunAsync("pdftotext", "-layout", "-enc", "UTF-8", path, "-");
            Assert.True(text.Code == 0, "pdftotext refused the PDF: " + text.Error);
            return text.Output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The pictures of every page as poppler's <c>pdfimages -list</c> reads them: width and height.</summary>
    public static async Task<IReadOnlyList<(int Width, int Height)>> ImagesAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var list = await RunAsync("pdfimages", "-list", path);
            Assert.True(list.Code == 0, "pdfimages refused the PDF: " + list.Error);
            // Two header lines, then « page num type width height … » per picture.
            return
            [
                .. list
                    .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Skip(2)
                    .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Where(f => f.Length > 4 && f[2] == "image")
                    .Select(f => (int.Parse(f[3]), int.Parse(f[4]))),
            ];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (test.sh does).");
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }
}
