using System.Globalization;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer.Export;

/// <summary>The French name of a code kept by a COG or country field, for the export column beside it.</summary>
internal static class CodeNames
{
    private static readonly Lazy<Dictionary<string, string>> Departements = new(() =>
        FrenchGeography.Departements.ToDictionary(d => d.Code, d => d.Name)
    );

    private static readonly Lazy<Dictionary<string, string>> Regions = new(() =>
        FrenchGeography.Regions.ToDictionary(r => r.Code, r => r.Name)
    );

    private static readonly Lazy<Dictionary<string, string>> Countries = new(() =>
        FrenchGeography.Countries(CultureInfo.GetCultureInfo("fr")).ToDictionary(c => c.Code, c => c.Name)
    );

    public static Func<string, string>? Of(FieldType type) =>
        type switch
        {
            FieldType.Commune => code => FrenchGeography.Commune(code)?.Name ?? "",
            FieldType.Departement => code => Departements.Value.GetValueOrDefault(code, ""),
            FieldType.Region => code => Regions.Value.GetValueOrDefault(code, ""),
            FieldType.Country => code => Countries.Value.GetValueOrDefault(code, ""),
            _ => null,
        };
}
