using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Permissions;

/// <summary>Answers "may this account do this, there?" from its grants.</summary>
public sealed class PermissionChecker(AccountsDb accounts, KernelDb kernel)
{
    /// <summary>Administrators hold every permission on the whole territory.</summary>
    public const string Administrator = "kernel.admin";

    public async Task<AccessScope> ScopeAsync(
        string accountId,
        string permission,
        CancellationToken cancellationToken = default
    )
    {
        var grants = await accounts
            .Grants.AsNoTracking()
            .Where(g => g.AccountId == accountId && (g.Permission == permission || g.Permission == Administrator))
            .ToListAsync(cancellationToken);
        if (grants.Count == 0)
        {
            return AccessScope.None;
        }
        if (grants.Any(g => g.Scope.IsTerritory))
        {
            return new AccessScope(true, new HashSet<string>(), new HashSet<string>());
        }
        var organisations = grants
            .Where(g => g.OrganisationSlug is not null)
            .Select(g => g.OrganisationSlug!)
            .ToHashSet();
        // A town hall's grant reaches its commune's files too.
        var communesOfOrganisations = await kernel
            .Organisations.AsNoTracking()
            .Where(o => organisations.Contains(o.Slug) && o.CommuneInsee != null)
            .Select(o => o.CommuneInsee!)
            .ToListAsync(cancellationToken);
        var communes = grants
            .Where(g => g.CommuneInsee is not null)
            .Select(g => g.CommuneInsee!)
            .Concat(communesOfOrganisations)
            .ToHashSet();
        return new AccessScope(false, communes, organisations);
    }

    /// <summary>
    /// Whether the account holds each permission somewhere (all of them for an administrator), read in one
    /// query: for pages that list many tools, where <see cref="MayAsync"/> would cost a query each.
    /// </summary>
    public async Task<Func<string, bool>> HeldAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var held = (
            await accounts
                .Grants.AsNoTracking()
                .Where(g => g.AccountId == accountId)
                .Select(g => g.Permission)
                .Distinct()
                .ToListAsync(cancellationToken)
        ).ToHashSet(StringComparer.Ordinal);
        return held.Contains(Administrator) ? _ => true : held.Contains;
    }

    /// <summary>
    /// Accounts that may use <paramref name="permission"/> in at least one of <paramref name="communes"/> (null:
    /// anywhere), by the rule of <see cref="ScopeAsync"/> (territory, the commune, or an organisation of the
    /// commune; administrators included), with their names, sorted by name.
    /// </summary>
    public async Task<IReadOnlyList<PermissionHolder>> HoldersAsync(
        string permission,
        IReadOnlyCollection<string>? communes,
        CancellationToken cancellationToken = default
    )
    {
        var grants = accounts
            .Grants.AsNoTracking()
            .Where(g => g.Permission == permission || g.Permission == Administrator);
        if (communes is not null)
        {
            var inseeCodes = communes.ToList();
            var organisations = await kernel
                .Organisations.AsNoTracking()
                .Where(o => o.CommuneInsee != null && inseeCodes.Contains(o.CommuneInsee))
                .Select(o => o.Slug)
                .ToListAsync(cancellationToken);
            grants = grants.Where(g =>
                (g.CommuneInsee == null && g.OrganisationSlug == null)
                || (g.CommuneInsee != null && inseeCodes.Contains(g.CommuneInsee))
                || (g.OrganisationSlug != null && organisations.Contains(g.OrganisationSlug))
            );
        }
        var ids = grants.Select(g => g.AccountId).Distinct();
        var people = await accounts
            .Users.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.GivenName,
                a.FamilyName,
                a.Email,
            })
            .ToListAsync(cancellationToken);
        return people
            .Select(a => new PermissionHolder(
                a.Id,
                $"{a.GivenName} {a.FamilyName}".Trim() is { Length: > 0 } name ? name : a.Email ?? a.Id,
                a.Email
            ))
            .OrderBy(h => h.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();
    }

    public async Task<bool> MayAsync(
        string accountId,
        string permission,
        string? communeInsee = null,
        CancellationToken cancellationToken = default
    )
    {
        var scope = await ScopeAsync(accountId, permission, cancellationToken);
        return communeInsee is null ? !scope.IsEmpty : scope.AllowsCommune(communeInsee);
    }
}

/// <summary>An account holding a permission somewhere, as a list of people shows it.</summary>
public sealed record PermissionHolder(string AccountId, string Name, string? Email);
