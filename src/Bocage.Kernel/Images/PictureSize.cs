using Bocage.Kernel.Files;

namespace Bocage.Kernel.Images;

/// <summary>One size a picture is made in, and the name its stored file takes.</summary>
public sealed record PictureSize(string FileName, int MaxWidth, int MaxHeight);

/// <summary>A picture made from an upload: the stored JPEG and the size it shows at.</summary>
public sealed record MadePicture(StoredFile File, int Width, int Height);
