using System.Net.Mail;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bocage.Places.Domain.Export;

/// <summary>The collectivity publishing the equipment of its territory (<c>COLL_NOM</c>, <c>COLL_SIRET</c>).</summary>
internal sealed record EquipmentPublisher(string Name, string Siret);

/// <summary>
/// The directory's collective equipment as rows of the SCDL « Équipements » schema 0.1.5, one per place that has an
/// <see cref="EquipmentType"/>: every value written as the schema's patterns, lengths and formats ask, an optional
/// value the place does not hold (or holds in another form) left empty rather than made up.
/// </summary>
internal static partial class EquipmentExport
{
    /// <summary>Setting holding the publishing collectivity's SIRET.</summary>
    public const string SiretSetting = "Places:CollectivitySiret";

    /// <summary>A demo SIRET whose key holds (the schema's check refuses others), until the setting is set.</summary>
    public const string DemoSiret = "24590066600018";

    /// <summary>Name of the row's GeoJSON point, for the map; not a column of the schema.</summary>
    public const string Geometry = "geometrie";

    /// <summary>
    /// The rows of the places that are equipment, in the given order. Equipment of one type in one commune is
    /// numbered from 001 in that order, as <c>EQUIP_CODE</c> and <c>EQUIP_UID</c> end.
    /// </summary>
    public static IEnumerable<IReadOnlyDictionary<string, object?>> Records(
        IEnumerable<Place> places,
        EquipmentPublisher publisher,
        Func<string, string> communeName
    )
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (EquipmentTypes.Of(place.Details) is not { } type)
            {
                continue;
            }
            var key = $"{place.Details.CommuneInsee}-{type.Code}";
            var number = numbers[key] = numbers.GetValueOrDefault(key) + 1;
            // The schema numbers on three digits: a thousandth library in one commune cannot be identified.
            if (number > 999)
            {
                continue;
            }
            yield return Record(place, type, number, publisher, communeName(place.Details.CommuneInsee));
        }
    }

    public static IReadOnlyDictionary<string, object?> Record(
        Place place,
        EquipmentType type,
        int number,
        EquipmentPublisher publisher,
        string communeName
    )
    {
        var d = place.Details;
        var code = $"{type.Code}-{number:000}";
        var (streetNumber, street) = SplitStreet(d.Street);
        return new Dictionary<string, object?>
        {
            ["COLL_NOM"] = publisher.Name,
            ["COLL_SIRET"] = publisher.Siret,
            ["EQUIP_UID"] = $"{d.CommuneInsee}-{code}",
            ["EQUIP_THEME"] = type.Theme,
            ["EQUIP_CODE"] = code,
            ["EQUIP_TYPE"] = type.Term,
            ["EQUIP_NOM"] = d.Name,
            ["ADR_NUMERO"] = streetNumber,
            // A place described without its street is located by its commune, as a lieu-dit would be.
            ["ADR_NOMVOIE"] = street.Length >= 3 ? street : Letters(communeName, digits: true, apostrophe: true),
            ["ADR_CODEPOSTAL"] = d.PostalCode,
            ["ADR_COMMUNE"] = Letters(communeName, digits: false, apostrophe: false),
            // No FANTOIR code, ERP number, type or category is kept for a place: the schema makes them optional.
            ["ADR_CLE_INTEROP"] = null,
            ["ERP_ID"] = null,
            ["ERP_TYPE"] = null,
            ["ERP_CATEGORIE"] = null,
            ["EQUIP_LAT"] = Math.Round(d.Latitude, 6),
            ["EQUIP_LONG"] = Math.Round(d.Longitude, 6),
            ["EQUIP_OUVERTURE"] = Blank(d.OpeningHours),
            ["EQUIP_TEL"] = Phone(d.Phone),
            ["EQUIP_EMAIL"] = Email(d.Email),
            ["EQUIP_WEB"] = Web(d.Website),
            [Geometry] = new JsonObject
            {
                ["type"] = "Point",
                ["coordinates"] = new JsonArray(d.Longitude, d.Latitude),
            }.ToJsonString(),
        };
    }

    /// <summary>
    /// « 36 bis rue Ardouin » as (« 36 bis », « rue Ardouin »), « 36/38 … » keeps its interval; a street without a
    /// number gets the schema's « 99999 ».
    /// </summary>
    public static (string Number, string Street) SplitStreet(string street)
    {
        var match = NumberedStreet().Match(street.Trim());
        if (!match.Success)
        {
            return ("99999", Letters(street, digits: true, apostrophe: true));
        }
        var number = match.Groups["number"].Value;
        if (match.Groups["to"].Success)
        {
            number += "/" + match.Groups["to"].Value;
        }
        if (match.Groups["suffix"].Success)
        {
            // The schema writes the repetition indices on three lower-case letters (« qua », « qui »).
            var suffix = match.Groups["suffix"].Value.ToLowerInvariant();
            number += " " + (suffix.Length > 3 ? suffix[..3] : suffix);
        }
        return (number, Letters(match.Groups["street"].Value, digits: true, apostrophe: true));
    }

    /// <summary>
    /// A name within the schema's letters (ASCII, Latin-1 accented letters, dashes, spaces, and for a street digits
    /// and the apostrophe): the typographic apostrophe and the ligatures written out, anything else a space.
    /// </summary>
    public static string Letters(string text, bool digits, bool apostrophe)
    {
        var written = text.Replace('’', '\'')
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("Œ", "Oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("Æ", "Ae", StringComparison.Ordinal);
        var kept = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            var allowed =
                char.IsAsciiLetter(c)
                || c is '-' or (>= '\u00C0' and <= '\u00FF')
                || (digits && char.IsAsciiDigit(c))
                || (apostrophe && c == '\'');
            kept.Append(allowed ? c : ' ');
        }
        return Spaces().Replace(kept.ToString(), " ").Trim();
    }

    /// <summary>
    /// « 03 27 60 66 11 » as « +33327606611 »: the international number within the schema's 13 characters, without
    /// the space after « +33 » that the schema's example shows, since a cell starting with « + » that is not a plain
    /// number is taken for a formula and gets the CSV export's guarding quote, which the schema's length refuses.
    /// </summary>
    public static string? Phone(string phone) => Blank(MediationExport.InternationalPhone(phone));

    private static string? Email(string email)
    {
        var trimmed = email.Trim();
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed ? trimmed : null;
    }

    private static string? Web(string website)
    {
        var trimmed = website.Trim();
        return
            Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? trimmed
            : null;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(
        @"^(?<number>\d+)(?:/(?<to>\d+))?"
            + @"(?:\s?(?<suffix>bis|ter|quater|quinquies|qua|qui|[a-z])\b)?[\s,]+(?<street>.{3,})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex NumberedStreet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
