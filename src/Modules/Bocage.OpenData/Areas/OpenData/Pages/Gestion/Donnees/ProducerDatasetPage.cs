using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Donnees;

/// <summary>A back-office page about one of the producer's datasets: loads it, or says it is none of theirs.</summary>
internal abstract class ProducerDatasetPage(ProducerScope producers) : PageModel
{
    public Dataset Dataset { get; private set; } = null!;

    /// <returns>False when the dataset does not exist or belongs to an organisation out of the producer's grant (the
    /// page answers 404).</returns>
    protected async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var dataset = await producers.DatasetAsync(User.AccountId(), slug, cancellationToken);
        if (dataset is null)
        {
            return false;
        }
        Dataset = dataset;
        return true;
    }
}
