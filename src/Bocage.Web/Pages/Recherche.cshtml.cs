using Bocage.Kernel.Accounts;
using Bocage.Kernel.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages;

/// <summary>
/// The one search of the site over every engine's public documents, and the signed-in person's own files and
/// invoices, grouped by kind (GET, so a search can be linked and bookmarked).
/// </summary>
public sealed class RechercheModel(SiteSearch search) : PageModel
{
    private const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    public int Count => Groups.Sum(g => g.Documents.Count);

    public bool TooLong { get; private set; }

    public bool SignedIn => User.AccountId() is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }
        if (Query.Length > MaxQueryLength)
        {
            TooLong = true;
            ModelState.AddModelError("q", "SearchTooLong");
            return;
        }
        Groups = await search.FindAsync(Query, User.AccountId(), cancellationToken);
    }
}
