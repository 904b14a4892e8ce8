using Bocage.Kernel.Text;

namespace Bocage.Places.Domain;

/// <summary>
/// A place of the territory's directory: a museum, a company, a France Services, a health centre, premises to rent…
/// Its description is a <see cref="PlaceDetails"/> checked by <see cref="Describe"/>; it may be closed for a while
/// (<see cref="CloseUntil"/>) without leaving the directory.
/// </summary>
internal sealed class Place
{
    public const int SlugMaxLength = 80;
    public const int NameMaxLength = 200;
    public const int SummaryMaxLength = 280;
    public const int TextMaxLength = 4000;

    // The lengths of the columns (Data/PlaceConfiguration): the form refuses longer text rather than the database.
    public const int StreetMaxLength = 300;
    public const int ListMaxLength = 500;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 200;
    public const int WebsiteMaxLength = 300;
    public const int AccessibilityMaxLength = 1000;
    public const int SearchTextMaxLength = 1000;

    private Place() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Slug { get; private set; } = "";

    public PlaceDetails Details { get; private set; } = null!;

    /// <summary>Name, commune, themes and summary without accents, lower-case: the directory's text filter.</summary>
    public string SearchText { get; private set; } = "";

    public DateOnly? ClosedUntil { get; private set; }

    public string ClosedReason { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public static Place Create(string slug, PlaceDetails details, DateTime nowUtc)
    {
        if (
            slug.Length is 0 or > SlugMaxLength
            || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        )
        {
            throw new ArgumentException("A slug is 1 to 80 lower-case letters, digits and dashes.", nameof(slug));
        }
        var place = new Place { Slug = slug, CreatedAtUtc = nowUtc };
        place.Describe(details, nowUtc);
        return place;
    }

    /// <summary>Replaces the description; throws on what a form would have refused (the form checks first).</summary>
    public void Describe(PlaceDetails details, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problem = PlaceRules.Problem(details);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(details));
        }
        Details = details;
        var search = Accents
            .Remove($"{details.Name} {details.Themes} {details.Summary.Fr} {details.Street}")
            .ToLowerInvariant();
        // Each part may be at its longest: the filter's column keeps the start, where the name and themes are.
        SearchText = search.Length > SearchTextMaxLength ? search[..SearchTextMaxLength] : search;
        UpdatedAtUtc = nowUtc;
    }

    public void CloseUntil(DateOnly? reopening, string reason, DateTime nowUtc)
    {
        ClosedUntil = reopening;
        ClosedReason = reason.Trim();
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Closed for a while on that Paris day: the page says so and « ouvert maintenant » skips it.</summary>
    public bool IsClosedOn(DateOnly day) => ClosedUntil is { } until && day < until;

    public static IReadOnlyList<string> Values(string joined) =>
        joined.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
