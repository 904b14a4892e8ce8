using System.Globalization;
using System.Text;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Questions;
using Bocage.Kernel.Files;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// A place's bookings for its agents, as CSV (semicolons, UTF-8 with a byte-order mark, as French spreadsheets
/// open it; cells neutralised against formulas, names being typed by anyone) or XLSX. Times in Paris.
/// </summary>
internal sealed class BookingExport(BookingsDb db, IStringLocalizer<BookingsResource> text)
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(Resource resource, string extension) => $"reservations-{resource.Slug}.{extension}";

    public async Task<byte[]> CsvAsync(Resource resource, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        builder.Append(CsvCells.Line(Headers(), ';', "\r\n"));
        foreach (var row in await RowsAsync(resource, cancellationToken))
        {
            builder.Append(CsvCells.Line(row, ';', "\r\n"));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    public async Task<byte[]> XlsxAsync(Resource resource, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(resource, cancellationToken);
        using var output = new MemoryStream();
        await XlsxWriter.WriteAsync(
            output,
            text["Export_Sheet"],
            Headers(),
            rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()).ToAsyncEnumerable(),
            cancellationToken
        );
        return output.ToArray();
    }

    private List<string> Headers() =>
        [
            text["Fact_Reference"],
            text["Export_Day"],
            text["Session_Start"],
            text["Session_End"],
            text["Fact_Status"],
            text["Fact_Name"],
            text["Export_Email"],
            text["Planning_Seat"],
            text["Doc_Session"],
            text["Doc_Present"],
            text["Export_BookedAt"],
            text["Answer_Heading"],
        ];

    private async Task<List<List<string>>> RowsAsync(Resource resource, CancellationToken cancellationToken)
    {
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b => b.ResourceId == resource.Id)
            .OrderBy(b => b.StartUtc)
            .ThenBy(b => b.Seat)
            .ToListAsync(cancellationToken);
        var titles = await db
            .Sessions.AsNoTracking()
            .Where(s => s.ResourceId == resource.Id)
            .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        return bookings
            .Select(b => new List<string>
            {
                b.Reference,
                ParisTime.ToParis(b.StartUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ParisTime.ToParis(b.StartUtc).ToString("HH:mm", CultureInfo.InvariantCulture),
                ParisTime.ToParis(b.EndUtc).ToString("HH:mm", CultureInfo.InvariantCulture),
                text[$"Status_{b.Status}"],
                b.Name,
                b.Email,
                b.Seat.ToString(CultureInfo.InvariantCulture),
                b.SessionId is { } id ? titles.GetValueOrDefault(id, "") : "",
                b.Attended switch
                {
                    true => text["Doc_Yes"],
                    false => text["Doc_No"],
                    null => "",
                },
                ParisTime.ToParis(b.CreatedAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Answers.Line(b.Answers),
            })
            .ToList();
    }
}
