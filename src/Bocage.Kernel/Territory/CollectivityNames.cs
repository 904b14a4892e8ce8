using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Territory;

/// <summary>
/// The names under which the territory's collectivities issue documents, read from the territory itself (never
/// written into an engine): the intercommunality's, and « Commune de … » for each commune. Documents are in French.
/// </summary>
public sealed record CollectivityNames(string Intercommunality, IReadOnlyDictionary<string, string> Communes)
{
    /// <summary>The collectivity of a commune's INSEE code, or the intercommunality's for null.</summary>
    public string Of(string? communeInsee) =>
        communeInsee is null
            ? Intercommunality
            : $"Commune de {Communes.GetValueOrDefault(communeInsee, communeInsee)}";

    /// <summary>A commune's own name (« Fourmies »), for an address or a list; the code itself when unknown.</summary>
    public string Commune(string communeInsee) => Communes.GetValueOrDefault(communeInsee, communeInsee);

    public static async Task<CollectivityNames> LoadAsync(KernelDb kernel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var intercommunality = await kernel
            .Intercommunalities.AsNoTracking()
            .OrderBy(i => i.Id)
            .Select(i => i.Name)
            .FirstOrDefaultAsync(cancellationToken);
        // Projected first: the selectors of ToDictionaryAsync run in memory, and a whole commune carries its outline.
        var communes = await kernel
            .Communes.AsNoTracking()
            .Select(c => new { c.Insee, c.Name })
            .ToDictionaryAsync(c => c.Insee, c => c.Name, cancellationToken);
        return new CollectivityNames(intercommunality ?? "", communes);
    }
}
