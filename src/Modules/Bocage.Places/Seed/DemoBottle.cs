using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;

namespace Bocage.Places.Seed;

/// <summary>
/// The demo's 3D object: a blown-glass bottle of the glass museum, turned from its profile into a binary glTF 2.0
/// (GLB) of green translucent glass, a few kilobytes, as a museum would publish a scanned object.
/// </summary>
internal static class DemoBottle
{
    private const int Segments = 32;

    // Height and radius (metres) from the foot to the lip.
    private static readonly (double Y, double R)[] Profile =
    [
        (0, 0),
        (0, 0.036),
        (0.005, 0.04),
        (0.12, 0.041),
        (0.15, 0.036),
        (0.18, 0.022),
        (0.21, 0.014),
        (0.27, 0.013),
        (0.275, 0.016),
        (0.285, 0.016),
        (0.29, 0.011),
        (0.29, 0),
    ];

    public static byte[] Build()
    {
        var positions = new List<float>();
        var normals = new List<float>();
        foreach (var (index, (y, r)) in Profile.Index())
        {
            // The profile's slope gives the normal; the flat foot and lip face down and up.
            var (dy, dr) = Slope(index);
            var length = Math.Sqrt(dy * dy + dr * dr);
            for (var s = 0; s < Segments; s++)
            {
                var angle = 2 * Math.PI * s / Segments;
                positions.AddRange([(float)(r * Math.Cos(angle)), (float)y, (float)(r * Math.Sin(angle))]);
                normals.AddRange([
                    (float)(dy / length * Math.Cos(angle)),
                    (float)(-dr / length),
                    (float)(dy / length * Math.Sin(angle)),
                ]);
            }
        }
        var indices = new List<ushort>();
        for (var ring = 0; ring < Profile.Length - 1; ring++)
        {
            for (var s = 0; s < Segments; s++)
            {
                var (a, b) = ((ushort)(ring * Segments + s), (ushort)(ring * Segments + (s + 1) % Segments));
                var (c, d) = ((ushort)(a + Segments), (ushort)(b + Segments));
                indices.AddRange([a, c, b, b, c, d]);
            }
        }
        return Glb(positions, normals, indices);
    }

    private static (double Dy, double Dr) Slope(int index)
    {
        var previous = Profile[Math.Max(0, index - 1)];
        var next = Profile[Math.Min(Profile.Length - 1, index + 1)];
        var (dy, dr) = (next.Y - previous.Y, next.R - previous.R);
        return Math.Abs(dy) < 1e-9 ? (0, index < Profile.Length / 2 ? 1 : -1) : (dy, dr);
    }

    private static byte[] Glb(List<float> positions, List<float> normals, List<ushort> indices)
    {
        var bin = new List<byte>();
        foreach (var value in positions.Concat(normals))
        {
            bin.AddRange(BitConverter.GetBytes(value));
        }
        var indexOffset = bin.Count;
        foreach (var value in indices)
        {
            bin.AddRange(BitConverter.GetBytes(value));
        }
        while (bin.Count % 4 != 0)
        {
            bin.Add(0);
        }
        var vertexBytes = positions.Count * 4;
        var (min, max) = Bounds(positions);
        var json = new JsonObject
        {
            ["asset"] = new JsonObject { ["version"] = "2.0", ["generator"] = "Bocage demo" },
            ["scene"] = 0,
            ["scenes"] = new JsonArray(new JsonObject { ["nodes"] = new JsonArray(0) }),
            ["nodes"] = new JsonArray(new JsonObject { ["mesh"] = 0, ["name"] = "Bouteille" }),
            ["meshes"] = new JsonArray(
                new JsonObject
                {
                    ["primitives"] = new JsonArray(
                        new JsonObject
                        {
                            ["attributes"] = new JsonObject { ["POSITION"] = 0, ["NORMAL"] = 1 },
                            ["indices"] = 2,
                            ["material"] = 0,
                        }
                    ),
                }
            ),
            ["materials"] = new JsonArray(
                new JsonObject
                {
                    ["name"] = "Verre vert",
                    ["alphaMode"] = "BLEND",
                    ["doubleSided"] = true,
                    ["pbrMetallicRoughness"] = new JsonObject
                    {
                        ["baseColorFactor"] = new JsonArray(0.18, 0.45, 0.3, 0.7),
                        ["metallicFactor"] = 0.0,
                        ["roughnessFactor"] = 0.08,
                    },
                }
            ),
            ["buffers"] = new JsonArray(new JsonObject { ["byteLength"] = bin.Count }),
            ["bufferViews"] = new JsonArray(
                View(0, vertexBytes, 34962),
                View(vertexBytes, vertexBytes, 34962),
                View(indexOffset, indices.Count * 2, 34963)
            ),
            ["accessors"] = new JsonArray(
                Accessor(0, 5126, positions.Count / 3, "VEC3", min, max),
                Accessor(1, 5126, normals.Count / 3, "VEC3"),
                Accessor(2, 5123, indices.Count, "SCALAR")
            ),
        };
        var jsonBytes = Encoding.UTF8.GetBytes(json.ToJsonString()).ToList();
        while (jsonBytes.Count % 4 != 0)
        {
            jsonBytes.Add((byte)' ');
        }
        var glb = new byte[12 + 8 + jsonBytes.Count + 8 + bin.Count];
        var span = glb.AsSpan();
        "glTF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)glb.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)jsonBytes.Count);
        "JSON"u8.CopyTo(span[16..]);
        jsonBytes.ToArray().CopyTo(span[20..]);
        var binStart = 20 + jsonBytes.Count;
        BinaryPrimitives.WriteUInt32LittleEndian(span[binStart..], (uint)bin.Count);
        "BIN\0"u8.CopyTo(span[(binStart + 4)..]);
        bin.ToArray().CopyTo(span[(binStart + 8)..]);
        return glb;
    }

    private static JsonObject View(int offset, int length, int target) =>
        new()
        {
            ["buffer"] = 0,
            ["byteOffset"] = offset,
            ["byteLength"] = length,
            ["target"] = target,
        };

    private static JsonObject Accessor(
        int view,
        int componentType,
        int count,
        string type,
        float[]? min = null,
        float[]? max = null
    )
    {
        var accessor = new JsonObject
        {
            ["bufferView"] = view,
            ["componentType"] = componentType,
            ["count"] = count,
            ["type"] = type,
        };
        if (min is not null && max is not null)
        {
            accessor["min"] = new JsonArray(min.Select(v => (JsonNode)v).ToArray());
            accessor["max"] = new JsonArray(max.Select(v => (JsonNode)v).ToArray());
        }
        return accessor;
    }

    private static (float[] Min, float[] Max) Bounds(List<float> positions)
    {
        float[] min = [float.MaxValue, float.MaxValue, float.MaxValue];
        float[] max = [float.MinValue, float.MinValue, float.MinValue];
        for (var i = 0; i < positions.Count; i++)
        {
            min[i % 3] = Math.Min(min[i % 3], positions[i]);
            max[i % 3] = Math.Max(max[i % 3], positions[i]);
        }
        return (min, max);
    }
}
