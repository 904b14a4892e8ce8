namespace Bocage.Web.Pages;

public sealed record SearchHit(SearchKind Kind, string Title, string Href, string Summary);
