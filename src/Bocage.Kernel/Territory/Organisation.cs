namespace Bocage.Kernel.Territory;

public enum OrganisationKind
{
    /// <summary>A service of the intercommunality (finance, economic development…).</summary>
    IntercommunalService = 0,

    /// <summary>A commune's town hall or one of its services.</summary>
    CommuneService = 1,

    /// <summary>A partner structure: association, chamber, health centre…</summary>
    Partner = 2,
}

/// <summary>A body that runs services or acts on the platform; agents' rights are scoped to these.</summary>
public sealed class Organisation
{
    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    /// <summary>INSEE code of the commune it belongs to; null for the intercommunality and partners.</summary>
    public string? CommuneInsee { get; private set; }

    public string Description { get; private set; } = "";

    public Organisation(string slug, string name, OrganisationKind kind, string? communeInsee, string description)
    {
        Slug = slug;
        Name = name;
        Kind = kind;
        CommuneInsee = communeInsee;
        Description = description;
    }

    private Organisation() { }

    public void Describe(string name, string description)
    {
        Name = name;
        Description = description;
    }
}
