using Bocage.Places.Seed;

namespace Bocage.Places.Tests.Domain;

/// <summary>
/// The demo's 3D bottle, and what the model upload accepts, checked by the Khronos Group's glTF-Validator
/// (tests/validators/gltf.mjs), not by our own reading of the format.
/// </summary>
public sealed class ModelValidationTests
{
    [Fact]
    public async Task The_demo_bottle_is_a_valid_gltf_2_asset_for_the_khronos_validator()
    {
        var (exit, output) = await ValidateAsync(DemoBottle.Build());

        Assert.True(exit == 0, output);
        Assert.Contains("\"errors\":0", output);
    }

    [Fact]
    public async Task A_glb_whose_json_lies_about_its_buffers_is_refused_by_the_same_validator()
    {
        var bottle = DemoBottle.Build();
        // Cut the binary chunk short: the accessors then point past the buffer's end.
        var broken = bottle[..^400];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(broken.AsSpan(8), (uint)broken.Length);

        var (exit, output) = await ValidateAsync(broken);

        Assert.True(exit != 0, output);
    }

    private static async Task<(int, string)> ValidateAsync(byte[] glb)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.glb");
        await File.WriteAllBytesAsync(path, glb);
        try
        {
            return await ExternalValidator.RunAsync("node", "gltf.mjs", path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
