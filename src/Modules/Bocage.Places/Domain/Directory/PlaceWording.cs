using System.Globalization;
using Bocage.Places.Domain.Circuits;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Domain.Directory;

/// <summary>The directory's words in the visitor's language: kinds, practices, difficulty, lengths, times.</summary>
internal sealed class PlaceWording(IStringLocalizer<PlacesResource> text)
{
    public string Kind(PlaceKind kind) => text["Kind_" + kind];

    public string Practice(Practice practice) => text["Practice_" + practice];

    public string Difficulty(int difficulty) => text["Difficulty_" + difficulty];

    /// <summary>« 12,4 km » in French, « 12.4 km » in English: the culture's decimal mark.</summary>
    public static string Kilometres(double metres) =>
        string.Create(CultureInfo.CurrentCulture, $"{metres / 1000:0.0} km");

    public string Duration(int minutes) =>
        minutes % 60 == 0
            ? text["Duration_Hours", minutes / 60]
            : text["Duration_HoursMinutes", minutes / 60, minutes % 60];

    public string Section(PlaceSection section) => text["Section_" + section];
}
