namespace Bocage.Kernel.Seed;

/// <summary>The seed files shipped inside the kernel assembly.</summary>
public static class SeedFiles
{
    public static TextReader Open(string fileName)
    {
        var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream($"Bocage.Kernel.Seed.{fileName}")
            ?? throw new FileNotFoundException($"Seed file {fileName} is not embedded.");
        return new StreamReader(stream);
    }
}
