namespace Bocage.OpenData.Domain.Catalogue;

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

    /// <summary>Table Schema fields, as JSON (<see cref="Validation.TableSchema"/>).</summary>
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

    private Resource() { }

    public IReadOnlyList<Validation.SchemaField> Fields => Validation.TableSchema.ParseFields(FieldsJson);
}
