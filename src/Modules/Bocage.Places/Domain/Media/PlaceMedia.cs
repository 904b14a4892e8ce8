using System.Text.Json;

namespace Bocage.Places.Domain.Media;

/// <summary>
/// A photo, a 360° panorama or a 3D model of a place, with the words that stand for it for those who cannot see it
/// (RGAA): a title and a description, in French and, when written, English and Dutch. Pictures are kept at two
/// sizes made from the upload (for screens and for phones); a model is kept as sent.
/// </summary>
internal sealed class PlaceMedia
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 1000;

    /// <summary>The address of one of its files: « grand » (screens, or the model) or « petit » (phones).</summary>
    public string FilePath(string placeSlug, bool small = false) =>
        $"/annuaire/{placeSlug}/medias/{Id}/{(small ? "petit" : "grand")}";

    public const int MaxPerPlace = 30;
    public const int MaxHotspots = 12;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private PlaceMedia() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PlaceId { get; private set; }

    public MediaKind Kind { get; private set; }

    /// <summary>Order on the place's page, from 0.</summary>
    public int Position { get; private set; }

    public Localized Title { get; private set; } = Localized.Empty;

    public Localized Description { get; private set; } = Localized.Empty;

    /// <summary>The kernel's stored file: the large picture, or the model.</summary>
    public Guid FileId { get; private set; }

    /// <summary>The picture for phones; null for a model.</summary>
    public Guid? SmallFileId { get; private set; }

    /// <summary>The large picture's size (for the page's layout before it loads); 0 for a model.</summary>
    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>The large file's size, told before a 3D model is downloaded on a slow line.</summary>
    public long SizeBytes { get; private set; }

    /// <summary>A panorama's passages to other panoramas, as JSON: a handful of directions.</summary>
    public string HotspotsJson { get; private set; } = "[]";

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<Hotspot> Hotspots => JsonSerializer.Deserialize<List<Hotspot>>(HotspotsJson, Json)!;

    public static PlaceMedia Create(
        Guid placeId,
        MediaKind kind,
        int position,
        Localized title,
        Localized description,
        MediaFiles files,
        DateTime nowUtc
    ) =>
        new()
        {
            PlaceId = placeId,
            Kind = kind,
            Position = position,
            Title = title,
            Description = description,
            FileId = files.Large,
            SmallFileId = files.Small,
            Width = files.Width,
            Height = files.Height,
            SizeBytes = files.SizeBytes,
            CreatedAtUtc = nowUtc,
        };

    public void MoveTo(int position) => Position = position;

    public void Describe(Localized title, Localized description) => (Title, Description) = (title, description);

    public void SetHotspots(IEnumerable<Hotspot> hotspots) =>
        HotspotsJson = JsonSerializer.Serialize(hotspots.Take(MaxHotspots).ToList(), Json);
}

/// <summary>The stored files of a media, with the large one's size in pixels and bytes.</summary>
internal sealed record MediaFiles(Guid Large, Guid? Small, int Width, int Height, long SizeBytes);
