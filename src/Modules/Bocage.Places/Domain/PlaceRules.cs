using Bocage.Kernel.Hours;

namespace Bocage.Places.Domain;

/// <summary>What a place's description must respect, in one place for the entity, the import and the form.</summary>
internal static class PlaceRules
{
    /// <summary>The first problem found, in English (for developers; forms show their own French), or null.</summary>
    public static string? Problem(PlaceDetails d)
    {
        if (d.Name.Trim().Length is 0 or > Place.NameMaxLength)
        {
            return "A place's name has 1 to 200 characters.";
        }
        if (d.CommuneInsee.Length != 5 || !d.CommuneInsee.All(char.IsAsciiDigit))
        {
            return "A place's commune is an INSEE code of five digits.";
        }
        if (d.Latitude is < -90 or > 90 || d.Longitude is < -180 or > 180)
        {
            return "A place's coordinates are WGS 84 degrees.";
        }
        if (d.Summary.Fr.Length > Place.SummaryMaxLength)
        {
            return "A place's summary has at most 280 characters (the mediation schema's limit).";
        }
        if (d.Description.Fr.Length > Place.TextMaxLength)
        {
            return "A place's description has at most 4000 characters.";
        }
        if (d.OpeningHours.Length > 0 && !OpeningHours.TryParse(d.OpeningHours, out _, out var error))
        {
            return error;
        }
        if (d.Siret.Length > 0 && (d.Siret.Length != 14 || !d.Siret.All(char.IsAsciiDigit)))
        {
            return "A SIRET has 14 digits.";
        }
        return null;
    }
}
