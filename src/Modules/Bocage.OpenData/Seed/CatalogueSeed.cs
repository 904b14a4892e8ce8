using System.Text.Json.Nodes;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Seed;

/// <summary>
/// Demo datasets (Database:SeedDemo only): grants, public wifi hotspots and
/// fibre deployment by commune. Coordinates are approximate town centres (not surveyed); figures are
/// invented for the demo. Also grants <c>data.publish</c> to the agent of Fourmies and to a partner.
/// </summary>
internal static partial class CatalogueSeed
{
    public const string PartnerEmail = "partenaire@demo.sud-avesnois.fr";

    private static readonly (string Insee, string Name, double Lat, double Lon, int Premises)[] Communes =
    [
        ("59012", "Anor", 49.989, 4.133, 1700),
        ("59045", "Baives", 50.071, 4.196, 110),
        ("59198", "Eppe-Sauvage", 50.117, 4.178, 190),
        ("59229", "Féron", 50.043, 3.998, 300),
        ("59249", "Fourmies", 50.016, 4.054, 6900),
        ("59261", "Glageon", 50.043, 4.075, 870),
        ("59420", "Moustier-en-Fagne", 50.085, 4.226, 45),
        ("59445", "Ohain", 50.037, 4.131, 650),
        ("59601", "Trélon", 50.059, 4.103, 1450),
        ("59633", "Wallers-en-Fagne", 50.065, 4.165, 130),
        ("59659", "Wignehies", 50.015, 4.008, 1450),
        ("59661", "Willies", 50.103, 4.135, 90),
    ];

    /// <summary>A demo SIRET whose check digit holds (SCDL files are refused otherwise), not the real one.</summary>
    private const string Siret = "24590066600018";

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<OpenDataDb>();
        var store = services.GetRequiredService<RowStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await RetireEquipmentAsync(db, cancellationToken);
        await SeedAsync(
            db,
            store,
            now,
            "subventions",
            "Subventions attribuées par la CCSA",
            "Finances",
            "subventions",
            false,
            Grants(),
            cancellationToken
        );
        await SeedAsync(
            db,
            store,
            now,
            "wifi-public",
            "Points d'accès wifi public",
            "Numérique",
            null,
            true,
            Wifi(),
            cancellationToken
        );
        await SeedAsync(
            db,
            store,
            now,
            "deploiement-fibre",
            "Déploiement de la fibre optique par commune",
            "Numérique",
            null,
            false,
            Fibre(),
            cancellationToken
        );
        await GrantAsync(services, now);
    }

    private static async Task SeedAsync(
        OpenDataDb db,
        RowStore store,
        DateTime now,
        string slug,
        string title,
        string theme,
        string? schema,
        bool geographic,
        (IReadOnlyList<SchemaField> Fields, List<(JsonObject Data, string? Geometry)> Rows) content,
        CancellationToken cancellationToken
    )
    {
        if (await db.Datasets.AnyAsync(d => d.Slug == slug, cancellationToken))
        {
            return;
        }
        var dataset = new Dataset(slug, title, now)
        {
            Description =
                $"{title} sur le territoire de la Communauté de Communes Sud Avesnois (données de démonstration).",
            Theme = theme,
            OrganisationSlug = "ccsa-direction-generale",
            OrganisationName = "CCSA — Direction générale des services",
            Frequency = "Annuelle",
            Producer = "seed",
        };
        var resource = new Resource(dataset.Id, "donnees", title, geographic ? "GeoJSON" : "CSV") { UpdatedAt = now };
        dataset.Resources.Add(resource);
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync(cancellationToken);
        var batch = Guid.NewGuid();
        var count = await store.StageAsync(
            batch,
            content.Rows.Select((r, i) => new TypedRow(i + 1, r.Data.ToJsonString(), r.Geometry)),
            cancellationToken
        );
        await store.SwapAsync(
            resource.Id,
            batch,
            count,
            r =>
            {
                r.FieldsJson = TableSchema.Serialize(content.Fields);
                r.SchemaName = schema;
                r.HasGeometry = geographic;
            },
            cancellationToken
        );
    }

    /// <summary>
    /// The demo used to seed a synthetic « equipements-collectifs »; the places engine publishes that slug from its
    /// real places now, and a producer's dataset holding the slug would keep it from ever appearing.
    /// </summary>
    private static async Task RetireEquipmentAsync(OpenDataDb db, CancellationToken cancellationToken)
    {
        var old = await db
            .Datasets.Include(d => d.Resources)
            .FirstOrDefaultAsync(d => d.Slug == "equipements-collectifs" && d.Producer == "seed", cancellationToken);
        if (old is null)
        {
            return;
        }
        var batches = old.Resources.Select(r => r.BatchId).ToList();
        await db.Rows.Where(r => batches.Contains(r.BatchId)).ExecuteDeleteAsync(cancellationToken);
        db.Datasets.Remove(old);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task GrantAsync(IServiceProvider services, DateTime now)
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var accounts = services.GetRequiredService<AccountsDb>();
        if (await users.FindByEmailAsync(PartnerEmail) is null)
        {
            var partner = new Account
            {
                UserName = PartnerEmail,
                Email = PartnerEmail,
                EmailConfirmed = true,
                GivenName = "Lou",
                FamilyName = "Marchal",
                Kind = AccountKind.Partner,
                CreatedAt = now,
            };
            await users.CreateAsync(partner, "Bocage-demo-2026");
        }
        foreach (
            var (email, organisation) in new[]
            {
                ("agent.fourmies@demo.sud-avesnois.fr", "mairie-fourmies"),
                (PartnerEmail, "pole-sante-sud-avesnois"),
            }
        )
        {
            await DemoGrants.EnsureAsync(
                accounts,
                email,
                OpenDataModule.PublishPermission,
                GrantScope.Organisation(organisation),
                now
            );
        }
    }
}
