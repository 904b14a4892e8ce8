using System.Linq.Expressions;
using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Territory;

/// <summary>A body with a look of its own: the intercommunality (no INSEE code) or one of its communes.</summary>
public sealed record IdentityHolder(string Slug, string Name, string? Insee, VisualIdentity Identity)
{
    public static IdentityHolder Of(Commune commune) =>
        new(commune.Slug, commune.Name, commune.Insee, commune.Identity);

    public bool IsIntercommunality => Insee is null;

    /// <summary>Whether an agent with this scope may change it: a commune where the grant reaches, the
    /// intercommunality with a grant on the whole territory.</summary>
    public bool EditableWithin(AccessScope scope) => IsIntercommunality ? scope.Everything : scope.AllowsCommune(Insee);
}

/// <summary>The intercommunality and its communes, as the identity pages list them.</summary>
public sealed class IdentityHolders(KernelDb db)
{
    // Read as four columns each: a commune's outline (hundreds of kilobytes) is never loaded for its look.
    private static readonly Expression<Func<Commune, IdentityHolder>> OfCommune = c => new IdentityHolder(
        c.Slug,
        c.Name,
        c.Insee,
        c.Identity
    );

    private static readonly Expression<Func<Intercommunality, IdentityHolder>> OfIntercommunality =
        i => new IdentityHolder(i.Slug, i.Name, null, i.Identity);

    public async Task<IReadOnlyList<IdentityHolder>> AllAsync(CancellationToken cancellationToken = default)
    {
        var intercommunalities = await db
            .Intercommunalities.AsNoTracking()
            .OrderBy(i => i.Name)
            .Select(OfIntercommunality)
            .ToListAsync(cancellationToken);
        var communes = await db.Communes.AsNoTracking().Select(OfCommune).ToListAsync(cancellationToken);
        return [.. intercommunalities, .. communes.ByName(c => c.Name)];
    }

    /// <summary>The commune or intercommunality of this slug, or null.</summary>
    public async Task<IdentityHolder?> BySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        await db
            .Communes.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(OfCommune)
            .FirstOrDefaultAsync(cancellationToken)
        ?? await db
            .Intercommunalities.AsNoTracking()
            .Where(i => i.Slug == slug)
            .Select(OfIntercommunality)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The intercommunality, or null while the territory is not set up (a new, empty database).</summary>
    public Task<IdentityHolder?> IntercommunalityAsync(CancellationToken cancellationToken = default) =>
        db
            .Intercommunalities.AsNoTracking()
            .OrderBy(i => i.Id)
            .Select(OfIntercommunality)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The commune of <paramref name="insee"/>, or the intercommunality when null or unknown.</summary>
    public async Task<IdentityHolder> OfAsync(string? insee, CancellationToken cancellationToken = default) =>
        (
            insee is null
                ? null
                : await db
                    .Communes.AsNoTracking()
                    .Where(c => c.Insee == insee)
                    .Select(OfCommune)
                    .FirstOrDefaultAsync(cancellationToken)
        )
        ?? await IntercommunalityAsync(cancellationToken)
        ?? throw new InvalidOperationException("The territory has no intercommunality: the seed has not run.");
}
