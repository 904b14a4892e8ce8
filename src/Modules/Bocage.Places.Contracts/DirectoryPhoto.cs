namespace Bocage.Places.Contracts;

/// <summary>
/// A photo of a directory place as another engine shows it: the site paths of its screen and phone sizes, the
/// screen size's width and height, and its words in the page's language (the alternative, and a caption).
/// </summary>
public sealed record DirectoryPhoto(string Path, string SmallPath, int Width, int Height, string Alt, string Caption);
