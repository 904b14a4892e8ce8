using Bocage.Places.Domain;

namespace Bocage.Places.Seed;

/// <summary>Museums, nature, heritage, libraries and public services of the demo directory.</summary>
internal static class TourismDemo
{
    public static readonly IReadOnlyList<(string Slug, PlaceDetails Details)> Places =
    [
        (
            "musee-textile-fourmies",
            new(
                "Musée du Textile et de la Vie sociale",
                PlaceKind.Museum,
                PlacesDemo.Fourmies,
                "Place Maria-Blondeau",
                "59610",
                50.0157,
                4.0433
            )
            {
                Summary = new(
                    "Dans une ancienne filature, l'Écomusée de l'Avesnois raconte le travail du textile et la vie des ouvriers de Fourmies, machines en marche.",
                    "In a former spinning mill, the Avesnois eco-museum tells the story of textile work and of Fourmies' workers, with running machines.",
                    "In een oude spinnerij vertelt het ecomuseum van de Avesnois over het textielwerk en het leven van de arbeiders, met draaiende machines."
                ),
                Description = new(
                    "Métiers à tisser, salle des machines, rue reconstituée du début du XXe siècle : la visite dure environ deux heures.\nVisites guidées pour les groupes sur réservation."
                ),
                Themes = "Patrimoine industriel|Textile|Musée",
                OpeningHours = "Mo-Fr 09:00-12:00,14:00-18:00; Sa,Su 14:30-18:00; Dec 25 off; Jan 01 off",
                Phone = "03 27 60 66 11",
                Website = "https://www.ecomusee-avesnois.fr",
                StepFree = true,
                Accessibility = new("Tout le parcours est de plain-pied ; boucle magnétique à l'accueil."),
                Labels = "Musée de France|Tourisme & Handicap",
            }
        ),
        (
            "musee-verre-trelon",
            new(
                "Atelier-Musée du Verre",
                PlaceKind.Museum,
                PlacesDemo.Trelon,
                "Rue Clavon-Collignon",
                "59132",
                50.0586,
                4.1046
            )
            {
                Summary = new(
                    "Une verrerie du XIXe siècle conservée avec ses fours : démonstrations de soufflage par des verriers.",
                    "A 19th-century glassworks kept with its furnaces: glassblowing demonstrations.",
                    "Een 19e-eeuwse glasblazerij met haar ovens: demonstraties glasblazen."
                ),
                Themes = "Patrimoine industriel|Verre|Musée",
                OpeningHours = "Mo-Fr 09:00-12:00,14:00-18:00; Su 14:30-18:00; PH off",
                Phone = "03 27 59 71 35",
                Website = "https://www.ecomusee-avesnois.fr",
                Labels = "Musée de France",
            }
        ),
        (
            "station-valjoly",
            new(
                "Station touristique du ValJoly",
                PlaceKind.Nature,
                PlacesDemo.EppeSauvage,
                "Rue Hector-Hiroux",
                "59132",
                50.1175,
                4.1205
            )
            {
                Summary = new(
                    "Le plus grand lac du Nord : baignade, randonnée, voile, parc aquatique et hébergements au cœur de l'Avesnois.",
                    "The largest lake of the Nord: swimming, hiking, sailing, a water park and accommodation.",
                    "Het grootste meer van het Noorden: zwemmen, wandelen, zeilen, een waterpark en logies."
                ),
                Themes = "Nature|Lac|Loisirs|Randonnée",
                OpeningHours = "Mo-Su 09:00-18:00",
                Phone = "03 27 61 83 76",
                Website = "https://www.valjoly.com",
                StepFree = true,
            }
        ),
        (
            "eglise-saint-pierre-fourmies",
            new(
                "Église Saint-Pierre",
                PlaceKind.Heritage,
                PlacesDemo.Fourmies,
                "Place de l'Église",
                "59610",
                50.0141,
                4.0519
            )
            {
                Summary = new("Église en brique et pierre bleue, orgue remarquable, au centre de Fourmies."),
                Themes = "Patrimoine religieux",
            }
        ),
        (
            "mediatheque-fourmies",
            new(
                "Médiathèque de Fourmies",
                PlaceKind.Library,
                PlacesDemo.Fourmies,
                "Place Verte",
                "59610",
                50.0166,
                4.0508
            )
            {
                Summary = new(
                    "Livres, jeux, postes informatiques en libre accès et un studio son et image à réserver.",
                    "Books, games, public computers and a sound and video studio to book.",
                    "Boeken, spellen, openbare computers en een geluids- en beeldstudio om te reserveren."
                ),
                Themes = "Culture|Numérique",
                OpeningHours = "Tu-Sa 10:00-12:00,14:00-18:00; PH off",
                Phone = "03 27 60 81 81",
                StepFree = true,
                Siret = "21590249500017",
                MediationServices =
                    "Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique|Loisirs et créations numériques",
                MediationAccess = "Se présenter|Prendre un RDV en ligne",
                Bookables = "studio-son-image",
            }
        ),
        (
            "mediatheque-wignehies",
            new("Médiathèque de Wignehies", PlaceKind.Library, "59659", "Rue Jean-Jaurès", "59212", 50.0156, 4.0087)
            {
                Summary = new("Une médiathèque de proximité avec un médiateur numérique le mercredi et le samedi."),
                Themes = "Culture|Numérique",
                OpeningHours = "We 14:00-18:00; Sa 10:00-12:00; PH off",
                Siret = "21590659500015",
                MediationServices = "Maîtrise des outils numériques du quotidien|Utilisation sécurisée du numérique",
                MediationAccess = "Se présenter|Prendre un RDV en ligne",
                Programmes = "Conseillers numériques",
                Bookables = "mediation-mediatheque-wignehies",
            }
        ),
        (
            "france-services-fourmies",
            new(
                "France Services de Fourmies",
                PlaceKind.Mediation,
                PlacesDemo.Fourmies,
                "Place Verte",
                "59610",
                50.0163,
                4.0502
            )
            {
                Summary = new(
                    "Un guichet pour vos démarches (impôts, CAF, retraite, santé, emploi) et un conseiller numérique.",
                    "One desk for your procedures (tax, benefits, pension, health, jobs) and a digital adviser.",
                    "Eén loket voor uw administratie (belastingen, uitkeringen, pensioen, gezondheid, werk) en een digitale adviseur."
                ),
                Themes = "Services publics|Numérique",
                OpeningHours = "Mo-Fr 09:00-12:00,13:30-17:00; PH off",
                Phone = "03 27 57 50 50",
                Email = "franceservices@demo.sud-avesnois.fr",
                StepFree = true,
                Siret = "24590024800023",
                MediationServices = PlacesDemo.Mediation,
                MediationAccess = "Se présenter|Téléphoner|Prendre un RDV en ligne",
                Programmes = "France Services|Conseillers numériques|Aidants Connect",
                Bookables = "mediation-france-services",
            }
        ),
        (
            "mairie-trelon",
            new(
                "Mairie de Trélon",
                PlaceKind.PublicService,
                PlacesDemo.Trelon,
                "Rue Clavon-Collignon",
                "59132",
                50.0592,
                4.1029
            )
            {
                Summary = new("Accueil de la mairie, état civil, et une salle de visioconférence à réserver."),
                Themes = "Services publics",
                OpeningHours = "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
                Phone = "03 27 59 71 05",
                StepFree = true,
                Bookables = "salle-visio-trelon",
            }
        ),
        (
            "maison-sante-anor",
            new("Maison de santé d'Anor", PlaceKind.Health, "59012", "Rue Jean-Jaurès", "59186", 49.9912, 4.1010)
            {
                Summary = new(
                    "Médecins généralistes, infirmiers, kinésithérapeute, et une cabine de téléconsultation."
                ),
                Themes = "Santé|Téléconsultation",
                OpeningHours = "Mo-Fr 08:00-19:00; Sa 08:00-12:00; PH off",
                Phone = "03 27 59 52 00",
                StepFree = true,
                Bookables = "cabine-teleconsultation-anor",
            }
        ),
        (
            "cabinet-infirmier-glageon",
            new(
                "Cabinet infirmier de Glageon",
                PlaceKind.Health,
                "59261",
                "Rue du Général-de-Gaulle",
                "59132",
                50.0530,
                4.0660
            )
            {
                Summary = new("Soins infirmiers au cabinet et à domicile."),
                Themes = "Santé",
                OpeningHours = "Mo-Sa 07:30-08:30,17:30-18:30",
            }
        ),
        (
            "gite-baives",
            new(
                "Gîte des Monts de Baives",
                PlaceKind.Accommodation,
                "59045",
                "Rue Principale",
                "59132",
                50.0640,
                4.1930
            )
            {
                Summary = new("Un gîte de six personnes au pied des pelouses calcaires des Monts de Baives."),
                Themes = "Hébergement|Nature",
            }
        ),
        (
            "restaurant-du-lac",
            new(
                "Restaurant du Lac",
                PlaceKind.Restaurant,
                PlacesDemo.EppeSauvage,
                "Rue Hector-Hiroux",
                "59132",
                50.1168,
                4.1180
            )
            {
                Summary = new("Cuisine du terroir avesnois face au lac du ValJoly."),
                Themes = "Restauration|Produits locaux",
                OpeningHours = "We-Su 12:00-14:00,19:00-21:30",
                StepFree = true,
            }
        ),
    ];
}
