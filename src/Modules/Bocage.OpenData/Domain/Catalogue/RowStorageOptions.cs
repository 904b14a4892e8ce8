namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>The part of the <c>Data</c> section about row storage.</summary>
internal sealed class RowStorageOptions
{
    /// <summary>
    /// Batches with fewer rows get no per-column indexes: scanning them costs less than indexing them.
    /// </summary>
    public long IndexMinimumRows { get; set; } = 10_000;
}
