namespace Bocage.Places.Domain.Media;

/// <summary>What a place shows of itself: a photo, a 360° panorama of a room, a 3D object.</summary>
internal enum MediaKind
{
    Photo,
    Panorama,
    Model,
}
