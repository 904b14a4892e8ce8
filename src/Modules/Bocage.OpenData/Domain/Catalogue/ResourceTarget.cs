namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>Where an import goes: the resource of that slug (replaced), or a new resource with that title.</summary>
internal sealed record ResourceTarget(string? Slug, string? NewTitle)
{
    /// <summary>The first resource of a dataset: the whole dataset's title, under the slug <c>donnees</c>.</summary>
    public static ResourceTarget First => new("donnees", null);
}
