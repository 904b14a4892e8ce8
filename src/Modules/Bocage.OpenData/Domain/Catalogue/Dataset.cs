namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>A dataset of the open-data catalogue: its description and its resources (files and tables).</summary>
internal sealed class Dataset
{
    public const string DefaultLicence = "Licence Ouverte 2.0";

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>Address part, unique: <c>/donnees/{slug}</c>.</summary>
    public string Slug { get; private set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string Theme { get; set; } = "Territoire";

    /// <summary>Slug of the producing organisation (kernel organisations), or the engine for module datasets.</summary>
    public string OrganisationSlug { get; set; } = "";

    public string OrganisationName { get; set; } = "";

    /// <summary>INSEE code of the commune covered; null for the whole intercommunality.</summary>
    public string? CommuneInsee { get; set; }

    public string Licence { get; set; } = DefaultLicence;

    public string Frequency { get; set; } = "Ponctuelle";

    /// <summary>
    /// Who publishes it: <c>account:{id}</c>, or <c>module:{Name}</c> for an engine's declared dataset.
    /// </summary>
    public string Producer { get; set; } = "";

    /// <summary>Set for datasets an engine declares; they are refreshed from the engine, never uploaded.</summary>
    public string? SourceModule { get; set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public List<Resource> Resources { get; private set; } = [];

    /// <summary>
    /// Set while the producer keeps the dataset out of the catalogue (UTC): it is then absent from every
    /// public page, feed, layer and API, and kept whole (rows, files) for its producers to restore.
    /// </summary>
    public DateTime? WithdrawnAt { get; set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public Dataset(string slug, string title, DateTime createdAt)
    {
        Slug = slug;
        Title = title;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    private Dataset() { }
}
