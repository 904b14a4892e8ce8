namespace Bocage.OpenData.Domain.Observatory;

/// <summary>Who may read an indicator: everyone, or the organisations it is shared with.</summary>
internal enum IndicatorVisibility
{
    Public = 0,
    Restricted = 1,
}

/// <summary>
/// A measure of the territory followed over time (population, jobseekers, fibre coverage…), produced
/// by one organisation, by commune and for the whole intercommunality.
/// </summary>
internal sealed class Indicator
{
    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>Unit shown after the numbers, e.g. « habitants », « % », « € ».</summary>
    public string Unit { get; private set; } = "";

    public string Source { get; private set; } = "";

    public string Method { get; private set; } = "";

    public string Theme { get; private set; } = "";

    /// <summary>Decimal places of the stored values: a value of 1234 with scale 1 reads 123,4.</summary>
    public int Scale { get; private set; }

    public IndicatorVisibility Visibility { get; private set; }

    /// <summary>Organisation slugs a restricted indicator is shared with, separated by spaces.</summary>
    public string SharedWith { get; private set; } = "";

    /// <summary>Slug of the organisation that produces the values (it may submit new ones).</summary>
    public string ProducerOrganisation { get; private set; } = "";

    public Indicator(string slug, string title, string unit, int scale, string theme, string producerOrganisation)
    {
        if (scale is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), "Between 0 and 6 decimal places.");
        }
        Slug = slug;
        Title = title;
        Unit = unit;
        Scale = scale;
        Theme = theme;
        ProducerOrganisation = producerOrganisation;
    }

    private Indicator() { }

    public Indicator Describe(string source, string method)
    {
        Source = source;
        Method = method;
        return this;
    }

    public Indicator Restrict(params string[] organisations)
    {
        Visibility = IndicatorVisibility.Restricted;
        SharedWith = string.Join(' ', organisations.Distinct(StringComparer.Ordinal));
        return this;
    }

    public IReadOnlyList<string> SharedOrganisations => SharedWith.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Public indicators are for everyone; restricted ones for the producer and the organisations named.
    /// </summary>
    public bool IsVisibleTo(bool everything, IReadOnlySet<string> organisations) =>
        Visibility == IndicatorVisibility.Public
        || everything
        || organisations.Contains(ProducerOrganisation)
        || SharedOrganisations.Any(organisations.Contains);
}
