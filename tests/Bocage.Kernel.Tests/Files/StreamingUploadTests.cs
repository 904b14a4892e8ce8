using System.Security.Cryptography;
using System.Text;
using Bocage.Kernel.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Kernel.Tests.Files.UploadServiceTests;

namespace Bocage.Kernel.Tests.Files;

/// <summary>Tests measuring the process's managed memory: run after the others, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "Memory";
}

/// <summary>
/// Large uploads go through a temporary file, never through memory: sent from a generator (nothing of
/// their size exists in the test either), against the real clamd, on both databases.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class StreamingUploadTests
{
    private const long MB = 1024 * 1024;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_large_clean_file_is_stored_whole_with_its_hash_while_managed_memory_stays_small(
        DatabaseProvider provider
    )
    {
        using var app = App(provider);
        const long size = 48 * MB;
        // Started (and migrated) before measuring, with one small upload to compile the path.
        await UploadAsync(app, Request(new GeneratedStream(Lines(1000)), "petit.csv"));
        await using var peak = new ManagedMemoryPeak();

        var result = await UploadAsync(
            app,
            Request(new GeneratedStream(Lines(size)), "grand.csv") with
            {
                MaxBytes = 64 * MB,
            }
        );

        var growth = await peak.StopAsync();
        Assert.True(peak.Collections > 0);
        var stored = Assert.IsType<UploadResult.Accepted>(result).File;
        var expected = Digest(size);
        Assert.Equal(expected.Length, stored.SizeBytes);
        Assert.Equal(expected.Sha256, stored.Sha256);
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        Assert.Equal(expected.Length, new FileInfo(store.PathOf(stored.Id)).Length);
        await using (var content = File.OpenRead(store.PathOf(stored.Id)))
        {
            Assert.Equal(expected.Sha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(content)));
        }
        // Held in memory, the file alone would be 48 MB (96 MB while a MemoryStream doubles).
        Assert.True(
            growth < size / 4,
            $"managed heap grew by {growth / MB} MB for a {size / MB} MB file ({peak.Collections} collections)"
        );
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(store.Root, "incoming")));
    }

    // The measure above must be able to fail: reading the same stream into memory, as uploads did, is seen.
    [Fact]
    public async Task The_memory_measure_sees_a_file_held_in_memory()
    {
        const long size = 48 * MB;
        await using var peak = new ManagedMemoryPeak();

        var content = await BoundedRead.ReadAsync(new GeneratedStream(Lines(size)), 64 * MB);

        var growth = await peak.StopAsync();
        Assert.Equal(size, content!.LongLength);
        // Collections happen while the MemoryStream is still growing: what they see is at least half the file,
        // twice the bound the streaming test allows.
        Assert.True(growth > size / 2, $"managed heap grew by {growth / MB} MB only");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_passing_the_limit_midway_is_refused_as_soon_as_it_passes_it_and_its_start_is_removed(
        DatabaseProvider provider
    )
    {
        using var app = App(provider).With("ClamAv:Port", ClamAvEndpoints.ClosedPort().ToString());
        var endless = new GeneratedStream(Lines(long.MaxValue));

        var result = await UploadAsync(app, Request(endless, "grand.csv") with { MaxBytes = 5 * MB });

        var refused = Assert.IsType<UploadResult.Refused>(result);
        Assert.Equal(UploadProblem.TooLarge, refused.Problem);
        Assert.StartsWith("Le fichier dépasse la taille maximale de 5 Mo.", refused.Message);
        Assert.Equal(5 * MB + 1, endless.BytesRead);
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task EICAR_in_the_middle_of_a_large_file_is_found_and_nothing_is_stored(DatabaseProvider provider)
    {
        using var app = App(provider);
        var lines = Lines(10 * MB).Concat([SampleFiles.Eicar + "\n"]).Concat(Lines(10 * MB));

        var result = await UploadAsync(
            app,
            Request(new GeneratedStream(lines), "grand.csv") with
            {
                MaxBytes = 64 * MB,
            }
        );

        var refused = Assert.IsType<UploadResult.Refused>(result);
        Assert.Equal(UploadProblem.Infected, refused.Problem);
        Assert.StartsWith("Le fichier contient un virus (Eicar-Test-Signature) et a été refusé.", refused.Message);
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_large_file_is_refused_unscanned_when_clamd_is_down_and_its_temporary_file_is_removed(
        DatabaseProvider provider
    )
    {
        using var app = App(provider).With("ClamAv:Port", ClamAvEndpoints.ClosedPort().ToString());

        var result = await UploadAsync(
            app,
            Request(new GeneratedStream(Lines(8 * MB)), "grand.csv") with
            {
                MaxBytes = 64 * MB,
            }
        );

        var refused = Assert.IsType<UploadResult.Refused>(result);
        Assert.Equal(UploadProblem.ScanUnavailable, refused.Problem);
        Assert.Equal(UploadMessages.ScanUnavailable, refused.Message);
        await AssertNothingStoredAsync(app);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_upload_cancelled_midway_leaves_no_temporary_file(DatabaseProvider provider)
    {
        using var app = App(provider);
        using var cancel = new CancellationTokenSource();
        var stream = new GeneratedStream(Lines(20 * MB))
        {
            AfterRead = read =>
            {
                if (read > 3 * MB)
                {
                    cancel.Cancel();
                }
            },
        };

        using (var scope = app.Services.CreateScope())
        {
            var uploads = scope.ServiceProvider.GetRequiredService<UploadService>();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                uploads.AcceptAsync(Request(stream, "grand.csv") with { MaxBytes = 64 * MB }, cancel.Token)
            );
        }

        Assert.InRange(stream.BytesRead, 3 * MB, 4 * MB);
        await AssertNothingStoredAsync(app);
    }

    private static UploadRequest Request(Stream content, string name) =>
        new(content, name, "text/csv", [FileKind.Csv], "Data", "account:42");

    /// <summary>CSV lines of about 100 bytes up to <paramref name="size"/> bytes (the last one cut to fit).</summary>
    private static IEnumerable<string> Lines(long size)
    {
        long written = 0;
        for (var i = 0L; written < size; i++)
        {
            var line =
                $"{i};Fourmies;{i % 997};ligne d'essai pour un envoi volumineux, coupee en morceaux (ASCII: un octet par caractere)\n";
            var bytes = Encoding.UTF8.GetByteCount(line);
            if (written + bytes > size)
            {
                yield return line[..(int)(size - written)];
                yield break;
            }
            written += bytes;
            yield return line;
        }
    }

    private static (long Length, string Sha256) Digest(long size)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        foreach (var line in Lines(size))
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            hash.AppendData(bytes);
            length += bytes.Length;
        }
        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
