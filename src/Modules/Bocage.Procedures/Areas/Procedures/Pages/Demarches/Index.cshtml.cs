using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>The catalogue of open procedures, by theme, commune or words (GET, so results can be linked).</summary>
internal sealed class IndexModel(ProceduresDb db, KernelDb kernel, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    public IReadOnlyList<Procedure> Results { get; private set; } = [];

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public IReadOnlyList<(string Insee, string Name)> Communes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = (await db.Procedures.AsNoTracking().Where(p => p.PublishedVersion != null).ToListAsync())
            .Where(p => p.IsOpen(now))
            .ToList();
        Themes = open.Select(p => p.Theme).Where(t => t.Length > 0).Distinct().Order().ToList();
        Communes = (await kernel.Communes.AsNoTracking().Select(c => new { c.Insee, c.Name }).ToListAsync())
            .ByName(c => c.Name)
            .Select(c => (c.Insee, c.Name))
            .ToList();
        var words = (Query ?? "").Trim();
        Results = open.Where(p => string.IsNullOrEmpty(Theme) || p.Theme == Theme)
            .Where(p => string.IsNullOrEmpty(Commune) || p.CommuneInsee == null || p.CommuneInsee == Commune)
            .Where(p =>
                words.Length == 0
                || $"{p.Title} {p.Description} {p.Theme}".Contains(words, StringComparison.CurrentCultureIgnoreCase)
            )
            .ByName(p => p.Title);
    }

    public string CommuneName(string? insee) =>
        insee is null ? "" : Communes.FirstOrDefault(c => c.Insee == insee).Name ?? insee;
}
