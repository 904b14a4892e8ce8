using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.OpenData.Areas.OpenData.Pages.Observatoire;

/// <summary>The observatory's indicators this person may read, by theme.</summary>
internal sealed class IndexModel(ObservatoryReader reader) : PageModel
{
    public IReadOnlyList<IGrouping<string, Indicator>> Themes { get; private set; } = [];

    /// <summary>What each card shows: the territory's latest published figure, by indicator.</summary>
    public IReadOnlyDictionary<int, Figure> Latest { get; private set; } = new Dictionary<int, Figure>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var indicators = await reader.VisibleIndicatorsAsync(User, cancellationToken);
        Themes = indicators.GroupBy(i => i.Theme).ToList();
        Latest = await reader.LatestOfTerritoryAsync([.. indicators.Select(i => i.Id)], cancellationToken);
    }
}
