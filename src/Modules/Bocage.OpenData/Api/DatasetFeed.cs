using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Bocage.Kernel.Web;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.Http;

namespace Bocage.OpenData.Api;

/// <summary>
/// <c>/donnees/nouveautes.atom</c>: the datasets newly published or updated, newest first, as an Atom 1.0 feed
/// (RFC 4287) that feed readers and data portals follow. Each entry is the dataset's page, its identifier that
/// page's address (stable), its date the last update.
/// </summary>
internal static class DatasetFeed
{
    public const string Path = "/donnees/nouveautes.atom";
    public const int Size = 30;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static async Task<IResult> AtomAsync(CatalogueSearch search, PublicSite site, HttpContext http)
    {
        var all = await search.AllAsync(http.RequestAborted);
        var newest = all.Select(s => s.Dataset).OrderByDescending(d => d.UpdatedAt).Take(Size).ToList();
        var updated = newest.Count > 0 ? newest[0].UpdatedAt : DateTime.UnixEpoch;
        var feed = new XElement(
            Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "fr"),
            new XElement(Atom + "id", site.Absolute(Path)),
            new XElement(Atom + "title", "Nouveaux jeux de données du Sud Avesnois"),
            new XElement(Atom + "subtitle", "Jeux de données publiés ou mis à jour sur le portail de la CCSA"),
            new XElement(Atom + "updated", Date(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Communauté de Communes Sud Avesnois")),
            Link("self", site.Absolute(Path), "application/atom+xml"),
            Link("alternate", site.Absolute("/donnees"), "text/html"),
            newest.Select(d => Entry(d, site))
        );
        var text = new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
        return Results.Bytes(Encoding.UTF8.GetBytes(text), "application/atom+xml; charset=utf-8");
    }

    private static XElement Entry(Dataset dataset, PublicSite site)
    {
        var page = site.Absolute($"/donnees/{dataset.Slug}");
        return new XElement(
            Atom + "entry",
            new XElement(Atom + "id", page),
            new XElement(Atom + "title", dataset.Title),
            new XElement(Atom + "updated", Date(dataset.UpdatedAt)),
            new XElement(Atom + "published", Date(dataset.CreatedAt)),
            new XElement(Atom + "author", new XElement(Atom + "name", dataset.OrganisationName)),
            new XElement(Atom + "category", new XAttribute("term", dataset.Theme)),
            Link("alternate", page, "text/html"),
            new XElement(Atom + "summary", dataset.Description)
        );
    }

    private static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    private static string Date(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
