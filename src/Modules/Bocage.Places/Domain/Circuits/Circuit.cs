namespace Bocage.Places.Domain.Circuits;

/// <summary>How a circuit is travelled.</summary>
internal enum Practice
{
    Walk,
    Bike,
    Horse,
}

/// <summary>
/// A hiking, cycling or heritage circuit (R14): its track with elevations, its steps, its practice and difficulty.
/// Length and climb are computed from the track, never typed, so that they always agree with the GPX.
/// </summary>
internal sealed class Circuit
{
    public const int SlugMaxLength = 80;
    public const int MaxPoints = 50_000;

    private Circuit() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Practice Practice { get; private set; }

    /// <summary>1 easy, 2 medium, 3 hard (Geotrek's scale, in words on the page).</summary>
    public int Difficulty { get; private set; } = 1;

    public int DurationMinutes { get; private set; }

    public string StartCommuneInsee { get; private set; } = "";

    public Localized Summary { get; private set; } = Localized.Empty;

    public Localized Description { get; private set; } = Localized.Empty;

    public bool DogsAllowed { get; private set; }

    /// <summary>Slugs of the directory's places along the way (« à voir en chemin »), joined with <c>|</c>.</summary>
    public string PlacesAlong { get; private set; } = "";

    public IReadOnlyList<TrackPoint> Points { get; private set; } = [];

    public IReadOnlyList<CircuitStep> Steps { get; private set; } = [];

    /// <summary>Computed from <see cref="Points"/> at each change, stored so that lists need not read tracks.</summary>
    public int LengthMetres { get; private set; }

    public int ClimbMetres { get; private set; }

    public bool IsDemo { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public static Circuit Create(
        string slug,
        string name,
        Practice practice,
        int difficulty,
        int durationMinutes,
        string startCommuneInsee,
        bool isDemo
    )
    {
        if (slug.Length is 0 or > SlugMaxLength)
        {
            throw new ArgumentException("A slug has 1 to 80 characters.", nameof(slug));
        }
        if (difficulty is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(difficulty), "Difficulty is 1, 2 or 3.");
        }
        return new Circuit
        {
            Slug = slug,
            Name = name.Trim(),
            Practice = practice,
            Difficulty = difficulty,
            DurationMinutes = durationMinutes,
            StartCommuneInsee = startCommuneInsee,
            IsDemo = isDemo,
        };
    }

    public void Describe(Localized summary, Localized description, bool dogsAllowed, string placesAlong)
    {
        Summary = summary;
        Description = description;
        DogsAllowed = dogsAllowed;
        PlacesAlong = placesAlong;
    }

    /// <summary>Replaces the track and the steps (a GPX import does both) and recomputes length and climb.</summary>
    public void Trace(IReadOnlyList<TrackPoint> points, IReadOnlyList<CircuitStep> steps, DateTime nowUtc)
    {
        if (points.Count is < 2 or > MaxPoints)
        {
            throw new ArgumentException($"A track has 2 to {MaxPoints} points.", nameof(points));
        }
        Points = points.ToList();
        Steps = steps.ToList();
        LengthMetres = (int)Math.Round(Track.LengthMetres(Points));
        ClimbMetres = (int)Math.Round(Track.ClimbAndDescent(Points).Climb);
        UpdatedAtUtc = nowUtc;
    }
}
