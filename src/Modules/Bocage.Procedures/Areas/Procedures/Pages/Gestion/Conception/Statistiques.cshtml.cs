using Bocage.Procedures.Domain.Designer.Statistics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>Public open statistics of the procedures (the same figures as the open dataset).</summary>
internal sealed class StatistiquesModel(ProcedureStatistics statistics) : PageModel
{
    public IReadOnlyList<MonthStat> Stats { get; private set; } = [];

    public async Task OnGetAsync() => Stats = await statistics.ComputeAsync(HttpContext.RequestAborted);
}
