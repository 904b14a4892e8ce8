namespace Bocage.Kernel.Territory;

/// <summary>An intercommunality (EPCI) and the communes it groups.</summary>
public sealed class Intercommunality
{
    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    public List<Commune> Communes { get; private set; } = [];

    public Intercommunality(string slug, string name, string shortName)
    {
        Slug = slug;
        Name = name;
        ShortName = shortName;
    }

    private Intercommunality() { }

    public int Population => Communes.Sum(c => c.Population);

    /// <summary>Its colour and emblem, as its agents set them.</summary>
    public VisualIdentity Identity { get; private set; } = VisualIdentity.None;

    public void ShowAs(VisualIdentity identity) => Identity = identity;
}
