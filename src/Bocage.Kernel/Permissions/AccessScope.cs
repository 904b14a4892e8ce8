namespace Bocage.Kernel.Permissions;

/// <summary>
/// What an agent may reach with one permission: everything, or a set of communes and organisations.
/// Engines filter their queries with it, so that an agent of Trélon never sees Anor's files.
/// </summary>
public sealed record AccessScope(bool Everything, IReadOnlySet<string> Communes, IReadOnlySet<string> Organisations)
{
    public static readonly AccessScope None = new(false, new HashSet<string>(), new HashSet<string>());

    public bool IsEmpty => !Everything && Communes.Count == 0 && Organisations.Count == 0;

    public bool AllowsCommune(string? insee) => Everything || (insee is not null && Communes.Contains(insee));

    public bool AllowsOrganisation(string? slug, string? communeOfOrganisation) =>
        Everything || (slug is not null && Organisations.Contains(slug)) || AllowsCommune(communeOfOrganisation);
}
