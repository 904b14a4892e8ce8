using System.Text.Json.Nodes;
using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages.Communes;

[OutputCache(PolicyName = WebServices.PublicPagePolicy)]
public sealed class DetailModel(KernelDb db) : PageModel
{
    public Commune Commune { get; private set; } = null!;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public int TerritoryPopulation { get; private set; }

    public string IntercommunalityName { get; private set; } = "";

    /// <summary>The commune as Schema.org describes a public body: a GovernmentOrganization in its EPCI.</summary>
    public JsonObject Description(PublicSite site)
    {
        var description = new JsonObject
        {
            ["@type"] = "GovernmentOrganization",
            ["name"] = Commune.Name,
            ["url"] = site.Absolute($"/communes/{Commune.Slug}"),
            ["identifier"] = new JsonObject
            {
                ["@type"] = "PropertyValue",
                ["propertyID"] = "INSEE",
                ["value"] = Commune.Insee,
            },
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["addressLocality"] = Commune.Name,
                ["addressCountry"] = "FR",
            },
            ["areaServed"] = new JsonObject { ["@type"] = "City", ["name"] = Commune.Name },
            ["parentOrganization"] = new JsonObject
            {
                ["@type"] = "GovernmentOrganization",
                ["name"] = IntercommunalityName,
            },
        };
        if (Commune.Identity.EmblemPath is { } emblem)
        {
            description["logo"] = site.Absolute(emblem);
        }
        return description;
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (commune is null)
        {
            return NotFound();
        }
        Commune = commune;
        Organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.CommuneInsee == commune.Insee)
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        IntercommunalityName = await db
            .Intercommunalities.Where(i => i.Id == commune.IntercommunalityId)
            .Select(i => i.Name)
            .SingleAsync(cancellationToken);
        TerritoryPopulation = await db
            .Communes.Where(c => c.IntercommunalityId == commune.IntercommunalityId)
            .SumAsync(c => c.Population, cancellationToken);
        return Page();
    }
}
