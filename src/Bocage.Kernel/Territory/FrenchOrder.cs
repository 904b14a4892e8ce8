using System.Globalization;

namespace Bocage.Kernel.Territory;

/// <summary>
/// Alphabetical order as a French reader expects it (Féron before Fourmies): databases compare bytes,
/// so lists of names are sorted again with this once loaded.
/// </summary>
public static class FrenchOrder
{
    public static readonly StringComparer Names = StringComparer.Create(
        CultureInfo.GetCultureInfo("fr"),
        ignoreCase: true
    );

    public static List<T> ByName<T>(this IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(name, Names).ToList();
}
