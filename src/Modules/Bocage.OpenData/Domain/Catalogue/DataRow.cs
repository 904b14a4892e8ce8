namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// One row of a resource: a JSON object of typed values (numbers as numbers), and an optional GeoJSON geometry.
/// </summary>
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

    private DataRow() { }
}
