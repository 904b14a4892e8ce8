namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>How many rows match: exact up to <see cref="RowStore.CountCap"/>, beyond it "at least" that many.</summary>
internal sealed record RowTotal(long Count, bool AtLeast);
