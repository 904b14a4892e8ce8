using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Search;
using Bocage.Kernel.Web;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Search;

/// <summary>
/// The site's pages in the search: every public menu entry of the engines and the host's own pages, found by
/// their name and by the words of the roadmap action they serve; for an agent, the back-office tools they may use.
/// </summary>
internal sealed class SiteMenuSearchSource(
    ModuleRegistry modules,
    KernelDb db,
    PermissionChecker permissions,
    SharedText text
) : ISearchSource
{
    public async Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken)
    {
        var actions = await db.RoadmapActions.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var pages = modules
            .SiteMenu.Select(m => new Page(text[m.LabelKey].Value, m.Path, actions.GetValueOrDefault(m.ActionId)))
            .Append(new Page(text["NavRoadmap"].Value, "/feuille-de-route", null))
            .Append(new Page(text["NavCommunes"].Value, "/communes", null))
            .Append(new Page(text["PrivacyTitle"].Value, "/donnees-personnelles", null, text["PrivacyLead"].Value))
            .Append(new Page(text["LegalTitle"].Value, "/mentions-legales", null))
            .Append(new Page(text["AccessibilityTitle"].Value, "/accessibilite", null, text["AccessibilityLead"].Value))
            .Append(new Page(text["SitemapTitle"].Value, "/plan-du-site", null))
            .DistinctBy(p => p.Path);
        return pages
            .Select(p => new SearchDocument(
                SearchKinds.Page,
                p.Path,
                p.Label,
                p.Path,
                p.Summary ?? p.Action?.Action,
                p.Action is { } a ? $"{a.Field} {a.Tags}" : null
            ))
            .ToList();
    }

    /// <summary>An agent's back-office tools: the engines' menu entries whose permission the account holds.</summary>
    public async Task<IReadOnlyList<SearchDocument>> PersonalAsync(
        string accountId,
        CancellationToken cancellationToken
    )
    {
        var holds = await permissions.HeldAsync(accountId, cancellationToken);
        return modules
            .Menu.Where(m => m.Permission is not null && holds(m.Permission))
            .DistinctBy(m => m.Path)
            .Select(m => new SearchDocument(
                SearchKinds.Page,
                m.Path,
                text[m.LabelKey].Value,
                m.Path,
                text["BackOfficeTitle"].Value,
                null
            ))
            .ToList();
    }

    private sealed record Page(string Label, string Path, Kernel.Roadmap.RoadmapAction? Action, string? Summary = null);
}
