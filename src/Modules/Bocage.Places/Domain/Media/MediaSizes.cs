namespace Bocage.Places.Domain.Media;

/// <summary>
/// The two sizes a picture is kept at. Panoramas: 4096 × 2048 for screens (the texture size every WebGL device
/// takes) and 2048 × 1024 for phones; photos: 1600 and 640 pixels on their longer side.
/// </summary>
internal sealed record MediaSizes((int Width, int Height) Large, (int Width, int Height) Small, bool TwoToOne)
{
    private static readonly MediaSizes Panorama = new((4096, 2048), (2048, 1024), TwoToOne: true);

    private static readonly MediaSizes Photo = new((1600, 1600), (640, 640), TwoToOne: false);

    public static MediaSizes Of(MediaKind kind) => kind == MediaKind.Panorama ? Panorama : Photo;

    /// <summary>
    /// A panorama is equirectangular: twice as wide as high (within 2 %), at least 1024 wide to be worth turning in.
    /// </summary>
    public bool Accepts(int width, int height) =>
        !TwoToOne || (width >= 1024 && Math.Abs((double)width / height - 2) <= 0.04);
}
