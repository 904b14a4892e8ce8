using System.Security.Cryptography;
using Bocage.Kernel.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Files;

/// <summary>The whole upload path against the real clamd that test.sh starts, on both databases.</summary>
public sealed class UploadServiceTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task EICAR_is_refused_with_the_virus_name_and_nothing_is_stored(DatabaseProvider provider)
    {
        using var app = App(provider);

        var result = await UploadAsync(
            app,
            Request(SampleFiles.Utf8(SampleFiles.Eicar), "notes.txt", FileKind.Text, FileKind.Pdf)
        );

        var refused = Assert.IsType<UploadResult.Refused>(result);
        Assert.Equal(UploadProblem.Infected, refused.Problem);
        Assert.StartsWith("Le fichier contient un virus (Eicar-Test-Signature) et a été refusé.", refused.Message);
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_clean_PDF_is_stored_read_back_identical_and_deleted(DatabaseProvider provider)
    {
        using var app = App(provider);
        var pdf = SampleFiles.Pdf("Deliberation 2026-14");
        var before = DateTime.UtcNow;

        var result = await UploadAsync(app, Request(pdf, "../Délibération\u202E n°14.pdf", FileKind.Pdf, FileKind.Png));

        var stored = Assert.IsType<UploadResult.Accepted>(result).File;
        using (var scope = app.Services.CreateScope())
        {
            var files = scope.ServiceProvider.GetRequiredService<FileStore>();
            var row = await scope.ServiceProvider.GetRequiredService<KernelDb>().StoredFiles.SingleAsync();
            Assert.Equal(stored.Id, row.Id);
            Assert.Equal("Délibération n°14.pdf", row.OriginalName);
            Assert.Equal("application/pdf", row.ContentType);
            Assert.Equal(pdf.Length, row.SizeBytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), row.Sha256);
            Assert.Equal(("account:42", "Procedures"), (row.UploadedBy, row.Engine));
            Assert.InRange(row.UploadedAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
            Assert.Equal(DateTimeKind.Utc, row.UploadedAt.Kind);
            Assert.Equal(
                3,
                Path.GetRelativePath(files.Root, files.PathOf(row.Id)).Split(Path.DirectorySeparatorChar).Length
            );

            await using (var opened = await files.OpenAsync(stored.Id))
            {
                Assert.NotNull(opened);
                using var copy = new MemoryStream();
                await opened.Content.CopyToAsync(copy);
                Assert.Equal(pdf, copy.ToArray());
                Assert.Equal(row.Sha256, opened.File.Sha256);
            }

            Assert.True(await files.DeleteAsync(stored.Id));
            Assert.Null(await files.OpenAsync(stored.Id));
            Assert.False(File.Exists(files.PathOf(stored.Id)));
        }
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task When_clamd_is_unreachable_the_upload_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        using var app = App(provider).With("ClamAv:Port", ClamAvEndpoints.ClosedPort().ToString());

        var result = await UploadAsync(app, Request(SampleFiles.Pdf(), "devis.pdf", FileKind.Pdf));

        var refused = Assert.IsType<UploadResult.Refused>(result);
        Assert.Equal(UploadProblem.ScanUnavailable, refused.Problem);
        Assert.Equal(
            "L'analyse antivirus est indisponible : le fichier n'a pas été enregistré, réessayez plus tard.",
            refused.Message
        );
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task When_clamd_does_not_answer_in_time_the_upload_is_refused(DatabaseProvider provider)
    {
        using var silent = new ClamAvEndpoints.SilentServer();
        using var app = App(provider).With("ClamAv:Port", silent.Port.ToString()).With("ClamAv:Timeout", "00:00:01");

        var result = await UploadAsync(app, Request(SampleFiles.Pdf(), "devis.pdf", FileKind.Pdf));

        Assert.Equal(UploadProblem.ScanUnavailable, Assert.IsType<UploadResult.Refused>(result).Problem);
        await AssertNothingStoredAsync(app);
    }

    // clamd is pointed at a closed port in the next cases: a refusal other than "unavailable" proves the
    // check came before any scan.
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_PNG_named_pdf_is_refused_before_any_scan(DatabaseProvider provider)
    {
        using var app = App(provider).With("ClamAv:Port", ClamAvEndpoints.ClosedPort().ToString());

        var result = await UploadAsync(app, Request(SampleFiles.Png(), "attestation.pdf", FileKind.Pdf, FileKind.Png));

        var refused = Assert.IsType<UploadResult.Refused>(result);
        Assert.Equal(UploadProblem.ContentMismatch, refused.Problem);
        Assert.StartsWith("Le contenu du fichier ne correspond pas à un PDF.", refused.Message);
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_over_the_limit_is_refused_before_any_scan(DatabaseProvider provider)
    {
        using var app = App(provider)
            .With("ClamAv:Port", ClamAvEndpoints.ClosedPort().ToString())
            .With("Files:MaxBytes", "1024");
        var text = SampleFiles.Utf8(new string('a', 1025));

        var global = await UploadAsync(app, Request(text, "notes.txt", FileKind.Text));
        var perField = await UploadAsync(app, Request(text[..600], "notes.txt", FileKind.Text) with { MaxBytes = 512 });

        Assert.StartsWith(
            "Le fichier dépasse la taille maximale de 1 Ko.",
            Assert.IsType<UploadResult.Refused>(global).Message
        );
        Assert.StartsWith(
            "Le fichier dépasse la taille maximale de 512 octets.",
            Assert.IsType<UploadResult.Refused>(perField).Message
        );
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_extension_the_field_does_not_allow_is_refused(DatabaseProvider provider)
    {
        using var app = App(provider);

        var exe = await UploadAsync(app, Request(SampleFiles.Exe(), "../../setup.exe", FileKind.Pdf, FileKind.Jpeg));
        var none = await UploadAsync(app, Request(SampleFiles.Pdf(), "passwd", FileKind.Pdf));

        Assert.Equal(UploadProblem.KindNotAllowed, Assert.IsType<UploadResult.Refused>(exe).Problem);
        Assert.EndsWith("formats : PDF ou JPEG.", Assert.IsType<UploadResult.Refused>(exe).Message);
        Assert.Equal(UploadProblem.KindNotAllowed, Assert.IsType<UploadResult.Refused>(none).Problem);
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_empty_file_is_refused(DatabaseProvider provider)
    {
        using var app = App(provider);

        var result = await UploadAsync(app, Request([], "vide.csv", FileKind.Csv));

        Assert.Equal(UploadProblem.Empty, Assert.IsType<UploadResult.Refused>(result).Problem);
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task When_the_row_cannot_be_saved_the_content_is_removed_from_disk(DatabaseProvider provider)
    {
        using var app = App(provider);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            var table = db.Model.FindEntityType(typeof(StoredFile))!;
            var drop = table.GetSchema() is null ? "DROP TABLE kernel_stored_files" : "DROP TABLE kernel.stored_files";
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            UploadAsync(app, Request(SampleFiles.Pdf(), "devis.pdf", FileKind.Pdf))
        );

        Assert.Empty(Directory.EnumerateFiles(app.FilesRoot, "*", SearchOption.AllDirectories));
    }

    internal static BocageFactory App(DatabaseProvider provider)
    {
        TestClamAv.Required();
        return new BocageFactory(provider).With("Database:SeedDemo", "false");
    }

    private static UploadRequest Request(byte[] content, string name, params FileKind[] allowed) =>
        new(new MemoryStream(content), name, "application/octet-stream", allowed, "Procedures", "account:42");

    internal static async Task<UploadResult> UploadAsync(BocageFactory app, UploadRequest request)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UploadService>().AcceptAsync(request);
    }

    internal static async Task AssertNothingStoredAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KernelDb>().StoredFiles.CountAsync());
        var root = scope.ServiceProvider.GetRequiredService<FileStore>().Root;
        Assert.Equal(app.FilesRoot, root);
        Assert.Empty(Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : []);
    }
}
