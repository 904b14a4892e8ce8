namespace Bocage.Kernel.Search;

/// <summary>
/// One thing the site search can find: a procedure, a dataset, a commune, a page, or (never indexed) one of the
/// person's own files or invoices. <see cref="Text"/> holds the words that find it besides the title.
/// </summary>
public sealed record SearchDocument(
    string Kind,
    string Key,
    string Title,
    string Href,
    string? Summary = null,
    string? Text = null
);

/// <summary>The kinds results are grouped by, in the order the results page shows them.</summary>
public static class SearchKinds
{
    public const string File = "File";
    public const string Invoice = "Invoice";
    public const string Booking = "Booking";
    public const string Procedure = "Procedure";
    public const string Bookable = "Bookable";
    public const string Place = "Place";
    public const string Circuit = "Circuit";
    public const string Page = "Page";
    public const string Dataset = "Dataset";
    public const string Indicator = "Indicator";
    public const string Commune = "Commune";
    public const string Organisation = "Organisation";
    public const string RoadmapAction = "RoadmapAction";

    public static readonly IReadOnlyList<string> Order =
    [
        File,
        Invoice,
        Booking,
        Procedure,
        Bookable,
        Place,
        Circuit,
        Page,
        Dataset,
        Indicator,
        Commune,
        Organisation,
        RoadmapAction,
    ];
}
