namespace Bocage.Places.Domain.Media;

/// <summary>
/// A media's words as an agent types them: a title and the description that stands for the picture or object for
/// those who cannot see it (RGAA), both required in French, English and Dutch when written. <see cref="Check"/>
/// gives the (field, text key) problems, or none.
/// </summary>
internal sealed class MediaForm
{
    public string? Kind { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleNl { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionNl { get; set; }

    public static MediaForm Of(PlaceMedia media) =>
        new()
        {
            Kind = media.Kind.ToString(),
            TitleFr = media.Title.Fr,
            TitleEn = media.Title.En,
            TitleNl = media.Title.Nl,
            DescriptionFr = media.Description.Fr,
            DescriptionEn = media.Description.En,
            DescriptionNl = media.Description.Nl,
        };

    public MediaKind? ParsedKind => Enum.TryParse<MediaKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public Localized Title => new(Clean(TitleFr)!, Clean(TitleEn), Clean(TitleNl));

    public Localized Description => new(Clean(DescriptionFr)!, Clean(DescriptionEn), Clean(DescriptionNl));

    public IReadOnlyList<(string Field, string Key)> Check(bool withKind)
    {
        var problems = new List<(string, string)>();
        if (withKind && ParsedKind is null)
        {
            problems.Add((nameof(Kind), "Media_KindMissing"));
        }
        if (string.IsNullOrWhiteSpace(TitleFr))
        {
            problems.Add((nameof(TitleFr), "Media_TitleMissing"));
        }
        if (string.IsNullOrWhiteSpace(DescriptionFr))
        {
            problems.Add((nameof(DescriptionFr), "Media_DescriptionMissing"));
        }
        TooLong(
            problems,
            PlaceMedia.TitleMaxLength,
            "Media_TitleTooLong",
            [(nameof(TitleFr), TitleFr), (nameof(TitleEn), TitleEn), (nameof(TitleNl), TitleNl)]
        );
        TooLong(
            problems,
            PlaceMedia.DescriptionMaxLength,
            "Media_DescriptionTooLong",
            [
                (nameof(DescriptionFr), DescriptionFr),
                (nameof(DescriptionEn), DescriptionEn),
                (nameof(DescriptionNl), DescriptionNl),
            ]
        );
        return problems;
    }

    private static void TooLong(
        List<(string, string)> problems,
        int max,
        string key,
        IEnumerable<(string Field, string? Value)> values
    ) => problems.AddRange(values.Where(v => v.Value?.Trim().Length > max).Select(v => (v.Field, key)));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
