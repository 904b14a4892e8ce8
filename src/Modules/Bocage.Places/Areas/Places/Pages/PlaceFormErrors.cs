using Bocage.Places.Domain;
using Bocage.Places.Domain.Editing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages;

/// <summary>The place form's check on a page: each problem told at its field (« Input.Phone »).</summary>
internal static class PlaceFormErrors
{
    /// <summary>
    /// The description the form gives over <paramref name="kept"/>, or null when the form or the page found a
    /// problem (the problems are then in <paramref name="state"/>).
    /// </summary>
    public static PlaceDetails? CheckInto(
        this PlaceForm form,
        PlaceDetails? kept,
        ModelStateDictionary state,
        IStringLocalizer text
    )
    {
        var (details, errors) = form.Check(kept);
        foreach (var (field, key, arguments) in errors)
        {
            state.AddModelError($"Input.{field}", text[key, arguments]);
        }
        return state.IsValid ? details : null;
    }
}
