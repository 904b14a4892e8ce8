using System.Globalization;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// A table (CSV or XLSX) with a latitude and a longitude column is geographic: each row gets a GeoJSON
/// point, so it can be exported as GeoJSON and shown on the map. Names recognised (case ignored):
/// <c>latitude</c>/<c>lat</c>/<c>…_lat</c> and <c>longitude</c>/<c>lon</c>/<c>lng</c>/<c>long</c>/<c>…_long</c>
/// (SCDL équipements: <c>EQUIP_LAT</c>, <c>EQUIP_LONG</c>). A position outside the territory is a row error,
/// like a GeoJSON geometry outside it; a row with both cells empty simply has no point.
/// </summary>
internal static class PointColumns
{
    public static (int Lat, int Lon)? Find(IReadOnlyList<string> headers)
    {
        int Index(Func<string, bool> match)
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (match(headers[i].Trim().ToLowerInvariant()))
                {
                    return i;
                }
            }
            return -1;
        }
        var lat = Index(h =>
            h is "latitude" or "lat"
            || h.EndsWith("_lat", StringComparison.Ordinal)
            || h.EndsWith("_latitude", StringComparison.Ordinal)
        );
        var lon = Index(h =>
            h is "longitude" or "lon" or "lng" or "long"
            || h.EndsWith("_lon", StringComparison.Ordinal)
            || h.EndsWith("_long", StringComparison.Ordinal)
            || h.EndsWith("_longitude", StringComparison.Ordinal)
        );
        return lat >= 0 && lon >= 0 ? (lat, lon) : null;
    }

    /// <summary>The row with its point (or its error) added.</summary>
    public static SourceRow WithPoint(SourceRow row, (int Lat, int Lon) columns, ReportMessages messages)
    {
        string? Cell(int i) => i < row.Cells.Count ? row.Cells[i] : null;
        var (latText, lonText) = (Cell(columns.Lat), Cell(columns.Lon));
        if (string.IsNullOrWhiteSpace(latText) && string.IsNullOrWhiteSpace(lonText))
        {
            return row;
        }
        if (!FieldValues.TryNumber(latText ?? "", out var lat) || !FieldValues.TryNumber(lonText ?? "", out var lon))
        {
            return row with { Error = messages.PointNotNumbers };
        }
        if (!GeoJsonFile.InTerritory(lon, lat))
        {
            return row with { Error = messages.Outside };
        }
        return row with
        {
            Geometry = string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"type\":\"Point\",\"coordinates\":[{lon},{lat}]}}"
            ),
        };
    }

    /// <summary>The file made geographic when it has the two columns; unchanged otherwise.</summary>
    public static TabularFile Apply(TabularFile file, ReportMessages messages)
    {
        if (file.Fatal is not null || Find(file.Headers) is not { } columns)
        {
            return file;
        }
        var rows = file.Rows;
        return new TabularFile
        {
            Headers = file.Headers,
            Reading = messages.ReadingPoints(file.Reading),
            IsGeographic = true,
            Rows = () => rows().Select(r => WithPoint(r, columns, messages)),
        };
    }
}
