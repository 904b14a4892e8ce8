namespace Bocage.Kernel.Permissions;

/// <summary>
/// A permission given to an account, for the whole territory, for one commune, or for one
/// organisation (a service of the intercommunality, a town hall, a partner).
/// </summary>
public sealed class Grant
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public string AccountId { get; private set; } = "";

    /// <summary>Permission key declared by an engine, e.g. <c>procedures.instruct</c>.</summary>
    public string Permission { get; private set; } = "";

    /// <summary>INSEE code of the commune the grant is limited to; null when not limited to a commune.</summary>
    public string? CommuneInsee { get; private set; }

    /// <summary>Slug of the organisation the grant is limited to; null when not limited to one.</summary>
    public string? OrganisationSlug { get; private set; }

    public DateTime GrantedAt { get; private set; }

    public string GrantedBy { get; private set; } = "";

    public Grant(string accountId, string permission, GrantScope scope, DateTime grantedAt, string grantedBy)
    {
        AccountId = accountId;
        Permission = permission;
        CommuneInsee = scope.CommuneInsee;
        OrganisationSlug = scope.OrganisationSlug;
        GrantedAt = grantedAt;
        GrantedBy = grantedBy;
    }

    private Grant() { }

    public GrantScope Scope => new(CommuneInsee, OrganisationSlug);
}

/// <summary>Where a grant applies. Both null: the whole territory.</summary>
public sealed record GrantScope(string? CommuneInsee = null, string? OrganisationSlug = null)
{
    public static readonly GrantScope Territory = new();

    public bool IsTerritory => CommuneInsee is null && OrganisationSlug is null;

    public static GrantScope Commune(string insee) => new(insee);

    public static GrantScope Organisation(string slug) => new(null, slug);
}
