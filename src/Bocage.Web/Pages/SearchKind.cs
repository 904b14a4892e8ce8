namespace Bocage.Web.Pages;

public enum SearchKind
{
    Commune,
    Organisation,
    RoadmapAction,
}
