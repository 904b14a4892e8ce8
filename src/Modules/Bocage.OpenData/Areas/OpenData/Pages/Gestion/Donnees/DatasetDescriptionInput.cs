using System.ComponentModel.DataAnnotations;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Donnees;

/// <summary>
/// What a producer writes about a dataset, on creation and on the dataset's sheet: the same fields,
/// limits and lists in both places. Messages are keys of the engine's texts (see FormErrors).
/// </summary>
internal class DatasetDescriptionInput
{
    [
        Required(ErrorMessage = "Producer_ErrorTitle"),
        StringLength(200, MinimumLength = 3, ErrorMessage = "Producer_ErrorTitleLength")
    ]
    public string Title { get; set; } = "";

    [
        Required(ErrorMessage = "Producer_ErrorDescription"),
        StringLength(4000, ErrorMessage = "Producer_ErrorDescriptionLength")
    ]
    public string Description { get; set; } = "";

    public string Theme { get; set; } = "";

    public string Frequency { get; set; } = "";

    /// <summary>Adds an error for a theme or frequency that is not one of the catalogue's lists.</summary>
    public void CheckLists(ModelStateDictionary state)
    {
        if (!Publisher.Themes.Contains(Theme))
        {
            state.AddModelError("Input.Theme", "Producer_ErrorTheme");
        }
        if (!Publisher.Frequencies.Contains(Frequency))
        {
            state.AddModelError("Input.Frequency", "Producer_ErrorFrequency");
        }
    }
}
