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
    public async Task<IReadOnlyList<IdentityHolder>> AllAsync(CancellationToken cancellationToken = default)
    {
        var intercommunalities = await db
            .Intercommunalities.AsNoTracking()
            .OrderBy(i => i.Name)
            .Select(i => new IdentityHolder(i.Slug, i.Name, null, i.Identity))
            .ToListAsync(cancellationToken);
        var communes = await db
            .Communes.AsNoTracking()
            .Select(c => new IdentityHolder(c.Slug, c.Name, c.Insee, c.Identity))
            .ToListAsync(cancellationToken);
        return [.. intercommunalities, .. communes.ByName(c => c.Name)];
    }

    /// <summary>The commune of <paramref name="insee"/>, or the intercommunality when null or unknown.</summary>
    public async Task<IdentityHolder> OfAsync(string? insee, CancellationToken cancellationToken = default)
    {
        var commune = insee is null
            ? null
            : await db
                .Communes.AsNoTracking()
                .Where(c => c.Insee == insee)
                .Select(c => new IdentityHolder(c.Slug, c.Name, c.Insee, c.Identity))
                .FirstOrDefaultAsync(cancellationToken);
        return commune
            ?? await db
                .Intercommunalities.AsNoTracking()
                .OrderBy(i => i.Id)
                .Select(i => new IdentityHolder(i.Slug, i.Name, null, i.Identity))
                .FirstAsync(cancellationToken);
    }
}
