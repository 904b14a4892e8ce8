using System.Net;
using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>Tests measuring the process's managed memory: run after the others, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "Memory";
}

/// <summary>
/// The issue's « 200 MB files: clear per-row reports, never a 500, nothing half-written », with a
/// 64 MB CSV generated while it is sent: the kernel scans it from disk and the engine validates it
/// from the stored file, row by row, so memory does not grow with the file.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class LargeUploadTests
{
    private const long Size = 64L * 1024 * 1024;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_64_MB_CSV_with_bad_rows_gets_its_report_nothing_is_kept_and_memory_stays_far_below_its_size(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db);
        var producer = app.Browser();
        await PublishingTests.EnrolAsync(producer, "agent.fourmies@demo.sud-avesnois.fr");
        await PublishingTests.CreateDatasetAsync(producer, "Comptages", "Mobilité");
        var storedBefore = await DataFilesAsync(app);
        var rows = 0L;
        await using var peak = new ManagedMemoryPeak();

        using var response = await PublishingTests.UploadAsync(
            producer,
            "/gestion/donnees/comptages",
            "comptages.csv",
            new StreamContent(new GeneratedStream(Csv(() => rows++)), 64 * 1024),
            "",
            producer.Streaming
        );

        var growth = await peak.StopAsync();
        Assert.True(peak.Collections > 0);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le fichier n'a pas été publié", page);
        Assert.Contains("encodage UTF-8, séparateur point-virgule", page);
        Assert.Contains($"3 ligne(s) sur {rows} contiennent des erreurs.", page);
        Assert.Contains("« douze » n'est pas un nombre entier", page);
        Assert.Contains("« 1,5 » n'est pas un nombre entier", page);
        Assert.Contains("« beaucoup » n'est pas un nombre entier", page);
        // Before the streaming path the file was held three times over (about 200 MB for this one).
        Assert.True(
            growth < Size / 2,
            $"managed heap grew by {growth / (1024 * 1024)} MB for a {Size / (1024 * 1024)} MB file ({peak.Collections} collections)"
        );
        Assert.Equal(storedBefore, await DataFilesAsync(app));
        using var scope = app.Services.CreateScope();
        Assert.Empty(
            (
                await scope
                    .ServiceProvider.GetRequiredService<OpenDataDb>()
                    .Datasets.Include(d => d.Resources)
                    .SingleAsync(d => d.Slug == "comptages")
            ).Resources
        );
        var incoming = System.IO.Path.Combine(app.FilesRoot, "incoming");
        Assert.Empty(Directory.Exists(incoming) ? Directory.EnumerateFiles(incoming) : []);
    }

    private static async Task<int> DataFilesAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .StoredFiles.CountAsync(f => f.Engine == "Data");
    }

    /// <summary>
    /// About 64 MB of rows of some 500 bytes, three of them with a count that is not an integer (the
    /// column is inferred as integer from the first 200 rows).
    /// </summary>
    private static IEnumerable<string> Csv(Action counted)
    {
        yield return "poste;commune;comptage;remarque\n";
        var filler = new string('x', 460);
        long written = 0;
        for (var i = 1; written < Size; i++)
        {
            var count = i switch
            {
                1000 => "douze",
                50_000 => "1,5",
                120_000 => "beaucoup",
                _ => (i % 5000).ToString(),
            };
            var line = $"P{i};Fourmies;{count};{filler}\n";
            written += line.Length;
            counted();
            yield return line;
        }
    }
}
