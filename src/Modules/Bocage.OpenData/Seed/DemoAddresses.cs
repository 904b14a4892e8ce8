using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Broadband;
using Bocage.OpenData.Domain.Map;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Seed;

/// <summary>
/// Demo address reference: a few streets per commune with numbers 1 to 30, in the shape of the Base
/// Adresse Nationale. Street names are common ones (most of them do exist in these villages, but that was
/// not checked), positions are laid out around the approximate village centre of
/// <see cref="CommuneCentres.All"/> and the fibre status per address is invented. It is NOT the BAN:
/// production loads the BAN file of the twelve communes (adresse.data.gouv.fr, Licence Ouverte) and ARCEP's
/// per-address deployment data; see docs/observatory.md.
/// </summary>
internal static class DemoAddresses
{
    private static readonly string[] Streets =
    [
        "Rue de la Mairie",
        "Place du Général de Gaulle",
        "Rue Jean Jaurès",
        "Rue de l'Église",
        "Rue Victor Hugo",
        "Route d'Avesnes",
    ];

    // La Poste's postcodes of the communes (Fourmies, Féron 59610; Wignehies 59212; Anor 59186; Willies 59740; others
    // 59132).
    private static string Postcode(string insee) =>
        insee switch
        {
            "59249" or "59229" => "59610",
            "59659" => "59212",
            "59012" => "59186",
            "59661" => "59740",
            _ => "59132",
        };

    public static async Task SeedAsync(OpenDataDb db, CancellationToken cancellationToken)
    {
        if (await db.Addresses.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var (c, (insee, lat, lon)) in CommuneCentres.All.Index())
        {
            foreach (var (s, street) in Streets.Index())
            {
                // Each street leaves the centre in its own direction; numbers go 1 to 30, about 12 m apart.
                var angle = (s * 60 + c * 7) * Math.PI / 180;
                for (var n = 1; n <= 30; n++)
                {
                    var metres = 40 + n * 12;
                    var (dLat, dLon) = (
                        metres * Math.Sin(angle) / 111_320,
                        metres * Math.Cos(angle) / (111_320 * Math.Cos(lat * Math.PI / 180))
                    );
                    db.Addresses.Add(
                        new Address(
                            n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            street,
                            Postcode(insee),
                            insee,
                            Math.Round(lat + dLat, 6),
                            Math.Round(lon + dLon, 6),
                            Fibre(c, s, n)
                        )
                    );
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Fibre status: most of the centres connectable, the outer numbers of some streets in progress, a few unknown.
    /// </summary>
    private static FibreStatus? Fibre(int commune, int street, int number) =>
        ((commune + street) % 5) switch
        {
            0 => (FibreStatus?)null,
            1 when number > 20 => FibreStatus.InProgress,
            2 when number > 25 => FibreStatus.NotPlanned,
            _ => FibreStatus.Connectable,
        };
}
