namespace Bocage.Kernel.Images;

/// <summary>What became of a picture someone sent.</summary>
public abstract record PictureUploadResult
{
    private PictureUploadResult() { }

    /// <summary>The pictures, one per size asked, in that order.</summary>
    public sealed record Made(IReadOnlyList<MadePicture> Pictures) : PictureUploadResult;

    /// <summary>Refused by the uploads (kind, size, content, virus): the message says why, in French.</summary>
    public sealed record Refused(string Message) : PictureUploadResult;

    /// <summary>A JPEG or PNG by its bytes, but no picture the caller can use (proportions, a broken file).</summary>
    public sealed record Unusable : PictureUploadResult;
}
