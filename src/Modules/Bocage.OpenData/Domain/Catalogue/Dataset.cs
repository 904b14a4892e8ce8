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

    /// <summary>Who publishes it: <c>account:{id}</c>, or <c>module:{Name}</c> for an engine's declared dataset.</summary>
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

    private Dataset()
    {
    }
}

/// <summary>
/// A table of a dataset. Its rows live in <see cref="DataRow"/> under <see cref="BatchId"/>: a new
/// version is written under a fresh batch, then the resource points to it in one transaction.
/// </summary>
internal sealed class Resource
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DatasetId { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Format of the file the producer sent: CSV, XLSX or GeoJSON (or API for module datasets).</summary>
    public string Format { get; set; } = "CSV";

    /// <summary>Table Schema fields, as JSON (<see cref="TableSchema"/>).</summary>
    public string FieldsJson { get; set; } = "[]";

    /// <summary>SCDL schema the rows were validated against, if any.</summary>
    public string? SchemaName { get; set; }

    /// <summary>Rows of the published version; an empty Guid before the first publication.</summary>
    public Guid BatchId { get; set; }

    public long RowCount { get; set; }

    public bool HasGeometry { get; set; }

    /// <summary>The uploaded file in the kernel's file store.</summary>
    public Guid? FileId { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Resource(Guid datasetId, string slug, string title, string format)
    {
        DatasetId = datasetId;
        Slug = slug;
        Title = title;
        Format = format;
    }

    private Resource()
    {
    }

    public IReadOnlyList<Validation.SchemaField> Fields => Validation.TableSchema.ParseFields(FieldsJson);
}

/// <summary>One row of a resource: a JSON object of typed values (numbers as numbers), and an optional GeoJSON geometry.</summary>
internal sealed class DataRow
{
    public long Id { get; private set; }

    public Guid BatchId { get; private set; }

    /// <summary>Position in the source file, from 1; the default order.</summary>
    public long Number { get; private set; }

    public string Data { get; private set; } = "{}";

    public string? Geometry { get; private set; }

    public DataRow(Guid batchId, long number, string data, string? geometry)
    {
        BatchId = batchId;
        Number = number;
        Data = data;
        Geometry = geometry;
    }

    private DataRow()
    {
    }
}
