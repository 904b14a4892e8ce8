namespace Bocage.Places.Domain.Directory;

/// <summary>What a visitor asks of the directory; every part optional: a bare <c>/annuaire</c> lists all.</summary>
internal sealed record PlaceFilter(
    PlaceSection Section = PlaceSection.All,
    PlaceKind? Kind = null,
    string? CommuneInsee = null,
    string? Theme = null,
    string? Text = null,
    bool OpenNow = false,
    bool StepFree = false,
    int Page = 1
)
{
    public const int PageSize = 20;

    public bool IsEmpty =>
        Kind is null
        && CommuneInsee is null
        && Theme is null
        && string.IsNullOrWhiteSpace(Text)
        && !OpenNow
        && !StepFree;
}

/// <summary>A page of the directory's answer and how many places matched in all.</summary>
internal sealed record PlacePage(IReadOnlyList<Place> Places, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + PlaceFilter.PageSize - 1) / PlaceFilter.PageSize);
}
