using Bocage.Kernel.Files;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class ExportFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"bocage-exports-{Guid.NewGuid():N}");

    private ExportFiles Files() => new(Options.Create(new FilesOptions { Root = _root }), new Environment());

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Bocage";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_version_is_written_once_even_when_asked_for_twice_at_the_same_time()
    {
        var files = Files();
        var (resource, batch) = (Guid.NewGuid(), Guid.NewGuid());
        var writes = 0;
        async Task Write(Stream stream, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref writes);
            await Task.Delay(100, cancellationToken);
            await stream.WriteAsync("a,b\n1,2\n"u8.ToArray(), cancellationToken);
        }

        var both = await Task.WhenAll(
            files.GetOrWriteAsync(resource, batch, "csv", Write, CancellationToken.None),
            files.GetOrWriteAsync(resource, batch, "csv", Write, CancellationToken.None)
        );
        var again = await files.GetOrWriteAsync(resource, batch, "csv", Write, CancellationToken.None);

        Assert.Equal(1, writes);
        Assert.Equal(both[0].FullName, both[1].FullName);
        Assert.Equal("a,b\n1,2\n", await File.ReadAllTextAsync(again.FullName));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(again.FullName)!));
    }

    [Fact]
    public async Task A_new_version_replaces_the_files_of_the_old_one_and_a_failed_write_leaves_nothing()
    {
        var files = Files();
        var (resource, old, current) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        Task Write(Stream stream, CancellationToken cancellationToken) =>
            stream.WriteAsync(new byte[] { 1, 2, 3 }, cancellationToken).AsTask();
        var oldCsv = await files.GetOrWriteAsync(resource, old, "csv", Write, CancellationToken.None);
        var oldJson = await files.GetOrWriteAsync(resource, old, "json", Write, CancellationToken.None);

        files.Forget(resource, current);
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            files.GetOrWriteAsync(
                resource,
                current,
                "csv",
                async (s, c) =>
                {
                    await s.WriteAsync(new byte[] { 9 }, c);
                    throw new InvalidOperationException("coupure");
                },
                CancellationToken.None
            )
        );
        var other = await files.GetOrWriteAsync(Guid.NewGuid(), old, "csv", Write, CancellationToken.None);

        Assert.Equal("coupure", failed.Message);
        Assert.False(File.Exists(oldCsv.FullName));
        Assert.False(File.Exists(oldJson.FullName));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(oldCsv.FullName)!));
        Assert.True(File.Exists(other.FullName));
    }
}
