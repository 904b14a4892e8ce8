using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.OpenData.Areas.OpenData.Pages.Observatoire;

/// <summary>The observatory's indicators this person may read, by theme.</summary>
internal sealed class IndexModel(ObservatoryReader reader) : PageModel
{
    public IReadOnlyList<IGrouping<string, Indicator>> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var indicators = await reader.VisibleIndicatorsAsync(User, cancellationToken);
        Themes = indicators.GroupBy(i => i.Theme).ToList();
    }
}
