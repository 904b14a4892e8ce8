namespace Bocage.Kernel.Territory;

/// <summary>
/// How a commune or the intercommunality shows itself on its pages: a colour (accents and borders, never behind text
/// of another colour) and an emblem (coat of arms or logo) uploaded by one of its agents. Both optional: a commune
/// without them shows the platform's own colours and its name alone.
/// </summary>
public sealed record VisualIdentity(string? Colour, Guid? EmblemFileId, int EmblemWidth, int EmblemHeight)
{
    public static readonly VisualIdentity None = new(null, null, 0, 0);

    /// <summary>The stylesheet of every body's colour, as <c>.identity--{slug} { --identity: … }</c>.</summary>
    public const string StylesheetPath = "/territoire/couleurs.css";

    /// <summary>The emblem is made to fit in this box: enough for a header at twice the pixel density.</summary>
    public const int EmblemMaxWidth = 320;

    public const int EmblemMaxHeight = 320;

    public bool HasEmblem => EmblemFileId is not null;

    public VisualIdentity WithEmblem(Guid fileId, int width, int height) =>
        this with
        {
            EmblemFileId = fileId,
            EmblemWidth = width,
            EmblemHeight = height,
        };

    public VisualIdentity WithoutEmblem() => this with { EmblemFileId = null, EmblemWidth = 0, EmblemHeight = 0 };

    /// <summary>The emblem's public address: its file id changes with each upload, so it is kept a year.</summary>
    public string? EmblemPath => EmblemFileId is { } id ? $"/territoire/embleme/{id:N}.jpg" : null;
}
