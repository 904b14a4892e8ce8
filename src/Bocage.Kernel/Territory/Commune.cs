namespace Bocage.Kernel.Territory;

/// <summary>A member commune, identified by its INSEE code.</summary>
public sealed class Commune
{
    public int Id { get; private set; }

    public int IntercommunalityId { get; private set; }

    /// <summary>Five-character INSEE code (Code officiel géographique), e.g. 59249 for Fourmies.</summary>
    public string Insee { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public int Population { get; private set; }

    public string PopulationSource { get; private set; } = "";

    /// <summary>Boundary as a GeoJSON geometry, when one has been imported.</summary>
    public string? BoundaryGeoJson { get; private set; }

    public Commune(string insee, string name, int population, string populationSource)
    {
        if (insee.Length != 5)
        {
            throw new ArgumentException("An INSEE code has five characters.", nameof(insee));
        }
        Insee = insee;
        Name = name;
        Slug = Slugs.From(name);
        Population = population;
        PopulationSource = populationSource;
    }

    private Commune() { }

    /// <summary>Takes the figures of a newer census, keeping identity.</summary>
    public void UpdatePopulation(int population, string source)
    {
        Population = population;
        PopulationSource = source;
    }

    public void SetBoundary(string? geoJson) => BoundaryGeoJson = geoJson;

    /// <summary>Its colour and emblem, as its agents set them.</summary>
    public VisualIdentity Identity { get; private set; } = VisualIdentity.None;

    public void ShowAs(VisualIdentity identity) => Identity = identity;
}
