using Bocage.Places.Domain;

namespace Bocage.Places.Seed;

/// <summary>The PIDE, the third place, companies, producers, shops and two premises of the demo directory.</summary>
internal static class BusinessDemo
{
    private static PlaceDetails Company(
        string name,
        PlaceKind kind,
        string insee,
        string street,
        string postal,
        double lat,
        double lon,
        string summary,
        string themes,
        string siret
    ) =>
        new(name, kind, insee, street, postal, lat, lon)
        {
            Summary = new(summary),
            Themes = themes,
            Siret = siret,
        };

    public static readonly IReadOnlyList<(string Slug, PlaceDetails Details)> Places =
    [
        (
            "pide-sud-avesnois",
            new(
                "Pôle d'initiative et de développement économique (PIDE)",
                PlaceKind.BusinessSupport,
                PlacesDemo.Fourmies,
                "Rue de la Filature",
                "59610",
                50.0121,
                4.0468
            )
            {
                Summary = new(
                    "Le service économique de la CCSA : aide à la création et à la reprise d'entreprise, locaux disponibles, clubs d'entreprises.",
                    "The intercommunality's business service: help to start or take over a company, premises, business clubs.",
                    "De economische dienst van de CCSA: hulp bij het starten of overnemen van een bedrijf, bedrijfsruimten, ondernemersclubs."
                ),
                Themes = "Création d'entreprise|Accompagnement",
                OpeningHours = "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
                Phone = "03 27 60 65 00",
                Email = "pide@demo.sud-avesnois.fr",
                StepFree = true,
            }
        ),
        (
            "tiers-lieu-filature",
            new(
                "Tiers-lieu de la Filature",
                PlaceKind.ThirdPlace,
                PlacesDemo.Fourmies,
                "Rue de la Filature",
                "59610",
                50.0124,
                4.0472
            )
            {
                Summary = new(
                    "Coworking, salles de réunion et fablab dans l'ancienne filature : des postes à réserver à la demi-journée.",
                    "Coworking, meeting rooms and a fablab in the former mill: desks to book by the half day.",
                    "Coworking, vergaderzalen en een fablab in de oude spinnerij: werkplekken per halve dag te reserveren."
                ),
                Themes = "Coworking|Télétravail|Numérique",
                OpeningHours = "Mo-Fr 08:30-12:30,13:30-18:00; PH off",
                StepFree = true,
                Bookables = "coworking-fourmies",
            }
        ),
        (
            "fromagerie-de-la-fagne",
            Company(
                "Fromagerie de la Fagne",
                PlaceKind.Producer,
                "59420",
                "Rue de l'Abbaye",
                "59132",
                50.0930,
                4.1990,
                "Maroilles fermier AOP et fromages de la Fagne, vente à la ferme le samedi.",
                "Produits locaux|Fromage",
                "81234567600017"
            ) with
            {
                OpeningHours = "Sa 09:00-12:00",
            }
        ),
        (
            "brasserie-de-trelon",
            Company(
                "Brasserie artisanale de Trélon",
                PlaceKind.Producer,
                PlacesDemo.Trelon,
                "Rue du Moulin",
                "59132",
                50.0601,
                4.1080,
                "Bières brassées sur place avec l'orge de l'Avesnois, visite et dégustation.",
                "Produits locaux|Bière",
                "82345678500018"
            )
        ),
        (
            "ferme-de-feron",
            Company(
                "Ferme du Pont de Féron",
                PlaceKind.Producer,
                "59229",
                "Route de Glageon",
                "59610",
                50.0450,
                4.0210,
                "Légumes de saison et œufs de plein air, paniers à retirer le vendredi.",
                "Produits locaux|Légumes",
                "83456789300013"
            )
        ),
        (
            "marbrerie-pierre-bleue",
            Company(
                "Marbrerie de la Pierre bleue",
                PlaceKind.Company,
                "59633",
                "Rue des Carrières",
                "59132",
                50.0640,
                4.1690,
                "Taille et gravure de la pierre bleue de la Fagne pour le bâtiment et le funéraire.",
                "Pierre bleue|Artisanat",
                "84567890300012"
            )
        ),
        (
            "menuiserie-ohain",
            Company(
                "Menuiserie d'Ohain",
                PlaceKind.Company,
                "59445",
                "Rue de Trélon",
                "59132",
                50.0375,
                4.1270,
                "Menuiserie bois sur mesure, escaliers et agencement.",
                "Artisanat|Bois",
                "85678901100017"
            )
        ),
        (
            "verrerie-art-trelon",
            Company(
                "Atelier de verre d'art",
                PlaceKind.Company,
                PlacesDemo.Trelon,
                "Rue de la Verrerie",
                "59132",
                50.0578,
                4.1060,
                "Un souffleur de verre formé à l'Atelier-Musée : pièces uniques et commandes.",
                "Verre|Artisanat",
                "86789012100017"
            )
        ),
        (
            "boulangerie-place-verte",
            Company(
                "Boulangerie de la place Verte",
                PlaceKind.Shop,
                PlacesDemo.Fourmies,
                "Place Verte",
                "59610",
                50.0160,
                4.0498,
                "Pains au levain et pâtisseries ; commande en ligne et retrait en boutique.",
                "Commerce|Alimentation",
                "87890123000010"
            ) with
            {
                OpeningHours = "Tu-Sa 06:30-13:00,15:00-19:00; Su 07:00-12:30",
                StepFree = true,
            }
        ),
        (
            "epicerie-glageon",
            Company(
                "Épicerie de Glageon",
                PlaceKind.Shop,
                "59261",
                "Grand'Rue",
                "59132",
                50.0519,
                4.0640,
                "Épicerie de village, produits des fermes voisines et relais colis.",
                "Commerce|Produits locaux",
                "88901234000010"
            ) with
            {
                OpeningHours = "Mo-Sa 08:00-12:30,15:00-19:00",
            }
        ),
        (
            "camping-valjoly",
            Company(
                "Camping du ValJoly",
                PlaceKind.Accommodation,
                PlacesDemo.EppeSauvage,
                "Rue Hector-Hiroux",
                "59132",
                50.1190,
                4.1240,
                "Emplacements et chalets en bordure de forêt, à dix minutes du lac à pied.",
                "Hébergement|Nature",
                "89012345800014"
            )
        ),
        (
            "local-commercial-fourmies",
            new(
                "Local commercial, rue des Éclusettes",
                PlaceKind.Premises,
                PlacesDemo.Fourmies,
                "Rue des Éclusettes",
                "59610",
                50.0148,
                4.0489
            )
            {
                Summary = new(
                    "Local de 85 m² en centre-ville avec vitrine, disponible tout de suite, proposé par la commune."
                ),
                Themes = "Local disponible|Commerce",
                SurfaceSquareMetres = 85,
                MonthlyRentCents = 65_000,
                StepFree = true,
            }
        ),
        (
            "atelier-zone-anor",
            new(
                "Atelier en zone d'activités d'Anor",
                PlaceKind.Premises,
                "59012",
                "Zone d'activités de la Gare",
                "59186",
                49.9960,
                4.1150
            )
            {
                Summary = new(
                    "Atelier de 240 m² avec bureau et quai de chargement, fibre optique, proposé par la CCSA."
                ),
                Themes = "Local disponible|Artisanat",
                SurfaceSquareMetres = 240,
                MonthlyRentCents = 120_000,
            }
        ),
    ];
}
