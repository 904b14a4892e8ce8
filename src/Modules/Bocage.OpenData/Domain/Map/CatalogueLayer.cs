using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// A published geographic resource of the catalogue, offered as a map layer under <see cref="Key"/>
/// (<c>jeu/ressource</c>).
/// </summary>
internal sealed record CatalogueLayer(string Key, string DatasetSlug, string Title, Resource Resource)
{
    /// <summary>An id usable in HTML (no slash).</summary>
    public string HtmlId => "couche-" + Key.Replace('/', '_');
}
