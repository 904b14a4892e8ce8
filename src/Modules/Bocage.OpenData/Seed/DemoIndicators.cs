using Bocage.Kernel.Territory;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Seed;

/// <summary>
/// Demo indicators for the twelve communes over ten years. Only the last year's population is real (the
/// kernel's census figures); every other number is a DEMO VALUE, plausible for the territory but not
/// measured, and each indicator's source says so.
/// </summary>
internal static class DemoIndicators
{
    public const string DemoSource = "Démo, valeurs vraisemblables (non mesurées)";
    public const int FirstYear = 2016,
        LastYear = 2025;

    private sealed record Spec(Indicator Indicator, bool Summed, Func<Commune, int, Random, double> Value);

    private static IEnumerable<Spec> Specs()
    {
        static double Back(Commune c, int year, double yearlyChange) =>
            c.Population * Math.Pow(1 + yearlyChange, year - LastYear);
        yield return new(
            new Indicator(
                "population",
                "Population municipale",
                "habitants",
                0,
                "Population",
                "ccsa-direction-generale"
            ).Describe(
                "Dernière année : INSEE, recensement (données du noyau). Années précédentes : démo, valeurs vraisemblables.",
                "Population municipale au 1er janvier ; les années antérieures sont reconstituées à partir d'une baisse de 0,6 % par an."
            ),
            true,
            (c, y, r) => Math.Round(Back(c, y, -0.006))
        );
        yield return new(
            new Indicator(
                "demandeurs-emploi",
                "Demandeurs d'emploi (catégorie A)",
                "personnes",
                0,
                "Emploi",
                "ccsa-pide"
            ).Describe(DemoSource, "Nombre moyen sur l'année de demandeurs d'emploi inscrits en catégorie A."),
            true,
            (c, y, r) => Math.Round(c.Population * (0.085 - (y - FirstYear) * 0.002) * (0.9 + r.NextDouble() * 0.2))
        );
        yield return new(
            new Indicator(
                "creations-entreprises",
                "Créations d'entreprises",
                "entreprises",
                0,
                "Économie",
                "ccsa-pide"
            ).Describe(DemoSource, "Entreprises créées dans l'année, y compris micro-entreprises."),
            true,
            (c, y, r) =>
                Math.Round(
                    c.Population * 0.006 * (0.7 + r.NextDouble() * 0.6) + (y - FirstYear) * c.Population / 20000.0
                )
        );
        yield return new(
            new Indicator(
                "revenu-median",
                "Revenu disponible médian par unité de consommation",
                "€",
                0,
                "Revenus",
                "ccsa-direction-generale"
            ).Describe(DemoSource, "Médiane du revenu disponible par unité de consommation, en euros courants."),
            false,
            (c, y, r) =>
                Math.Round(
                    (c.Population > 5000 ? 16500 : 19000 + r.Next(0, 1500)) * Math.Pow(1.015, y - FirstYear) / 10
                ) * 10
        );
        yield return new(
            new Indicator(
                "couverture-fibre",
                "Locaux raccordables à la fibre",
                "%",
                1,
                "Numérique",
                "ccsa-direction-generale"
            ).Describe(
                DemoSource,
                "Part des logements et locaux professionnels raccordables à la fibre optique (FttH) au 31 décembre."
            ),
            false,
            (c, y, r) =>
                Math.Round(
                    Math.Min(98.5, Math.Max(0, (y - (c.Population > 2000 ? 2018 : 2020)) * 19 + r.NextDouble() * 6)),
                    1
                )
        );
        yield return new(
            new Indicator(
                "couverture-4g",
                "Population couverte en 4G",
                "%",
                1,
                "Numérique",
                "ccsa-direction-generale"
            ).Describe(DemoSource, "Part de la population couverte en 4G par au moins un opérateur."),
            false,
            (c, y, r) =>
                Math.Round(
                    Math.Min(99.5, 72 + (y - FirstYear) * 3 + r.NextDouble() * 4 + (c.Population > 1000 ? 5 : 0)),
                    1
                )
        );
        yield return new(
            new Indicator(
                "equipements-sportifs",
                "Équipements sportifs",
                "équipements",
                0,
                "Équipements",
                "ccsa-direction-generale"
            ).Describe(DemoSource, "Équipements sportifs recensés dans la commune (terrains, salles, bassins)."),
            true,
            (c, y, r) => Math.Max(1, Math.Round(c.Population / 450.0) + (y >= 2021 ? 1 : 0))
        );
        yield return new(
            new Indicator(
                "commerces-vacants",
                "Cellules commerciales vacantes",
                "locaux",
                0,
                "Économie",
                "mairie-fourmies"
            )
                .Describe(
                    DemoSource,
                    "Locaux commerciaux de rez-de-chaussée vides depuis plus de six mois, relevés par la mairie."
                )
                .Restrict("ccsa-pide"),
            true,
            (c, y, r) => c.Insee == "59249" ? 48 - (y - FirstYear) * 2 + r.Next(0, 4) : double.NaN
        );
    }

    public static async Task SeedAsync(
        OpenDataDb db,
        IReadOnlyList<Commune> communes,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        if (await db.Indicators.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var spec in Specs())
        {
            db.Indicators.Add(spec.Indicator);
            await db.SaveChangesAsync(cancellationToken);
            var factor = Math.Pow(10, spec.Indicator.Scale);
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var figures = communes
                    .Select(c =>
                        (
                            Commune: c,
                            Value: spec.Value(
                                c,
                                year,
                                new Random(
                                    int.Parse(c.Insee, System.Globalization.CultureInfo.InvariantCulture) * 31
                                        + year * 7
                                        + spec.Indicator.Slug.Length
                                )
                            )
                        )
                    )
                    .Where(f => !double.IsNaN(f.Value))
                    .ToList();
                foreach (var (commune, value) in figures)
                {
                    db.IndicatorValues.Add(
                        Published(spec.Indicator, commune.Insee, year, (long)Math.Round(value * factor), now)
                    );
                }
                var total = spec.Summed
                    ? figures.Sum(f => f.Value)
                    : figures.Sum(f => f.Value * f.Commune.Population)
                        / Math.Max(1, figures.Sum(f => f.Commune.Population));
                db.IndicatorValues.Add(Published(spec.Indicator, null, year, (long)Math.Round(total * factor), now));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static IndicatorValue Published(Indicator indicator, string? insee, int year, long scaled, DateTime now) =>
        new IndicatorValue(indicator.Id, insee, new Period(year, 0), scaled, "seed", now).Published("seed", now);
}
