using System.Globalization;
using System.Runtime.CompilerServices;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Hours;
using Bocage.Kernel.Hours;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Time;
using Bocage.OpenData.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Statistics;

/// <summary>
/// Usage of each place per month (Paris months), published as the open dataset <c>reservations-occupation</c>
/// through the open-data engine's contract and shown to the agents: counts and hours only, never a person.
/// </summary>
internal sealed class Occupancy(BookingsDb db, TimeProvider clock)
{
    /// <summary>How many months back the statistics go (the bookings' retention keeps no more anyway).</summary>
    public const int Months = 12;

    /// <summary>And ahead: the months already being booked say how a place will be used.</summary>
    public const int MonthsAhead = 2;

    public static readonly DatasetDefinition Dataset = new(
        "Bookings",
        "reservations-occupation",
        "Lieux réservables : réservations et taux d'occupation par mois",
        Rows
    )
    {
        Description =
            "Pour chaque lieu, équipement, formation ou événement réservable de la communauté de communes et de ses communes, et pour chacun des douze derniers mois et des deux prochains : le nombre de réservations, les heures réservées, les heures offertes (chaque place de chaque créneau ou séance) et le taux d'occupation. Données agrégées, sans aucune donnée personnelle.",
        Theme = "Services",
        Frequency = "Quotidienne",
        Fields =
        [
            new("lieu", "string", "Identifiant du lieu"),
            new("nom", "string", "Nom du lieu"),
            new("code_insee", "string", "Code INSEE de la commune (vide : communauté de communes)"),
            new("type", "string", "Type"),
            new("mois", "string", "Mois (AAAA-MM)"),
            new("reservations", "integer", "Réservations"),
            new("heures_reservees", "number", "Heures réservées"),
            new("heures_offertes", "number", "Heures offertes"),
            new("taux_occupation", "number", "Taux d'occupation (%)"),
        ],
    };

    /// <summary>The last <see cref="Months"/> months and the next <see cref="MonthsAhead"/>, for every place.</summary>
    public async Task<List<OccupancyRow>> ComputeAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(MonthsAhead);
        var (from, to) = (Utc(firstMonth), Utc(lastMonth.AddMonths(1)));
        var resources = await db.Resources.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b => b.Status == BookingStatus.Confirmed && b.StartUtc >= from && b.StartUtc < to)
            .Select(b => new
            {
                b.ResourceId,
                b.StartUtc,
                b.EndUtc,
            })
            .ToListAsync(cancellationToken);
        var sessions = await db
            .Sessions.AsNoTracking()
            .Where(s => s.CancelledAtUtc == null && s.StartUtc >= from && s.StartUtc < to)
            .Select(s => new
            {
                s.ResourceId,
                s.StartUtc,
                s.EndUtc,
                s.Seats,
            })
            .ToListAsync(cancellationToken);
        var rows = new List<OccupancyRow>();
        foreach (var resource in resources)
        {
            for (var month = firstMonth; month <= lastMonth; month = month.AddMonths(1))
            {
                var (start, end) = (Utc(month), Utc(month.AddMonths(1)));
                var booked = bookings
                    .Where(b => b.ResourceId == resource.Id && b.StartUtc >= start && b.StartUtc < end)
                    .ToList();
                var offered = resource.HasSessions
                    ? sessions
                        .Where(s => s.ResourceId == resource.Id && s.StartUtc >= start && s.StartUtc < end)
                        .Sum(s => s.Seats * (s.EndUtc - s.StartUtc).TotalHours)
                    : OfferedHours(resource, month);
                rows.Add(
                    new OccupancyRow(
                        resource.Slug,
                        resource.Name,
                        resource.CommuneInsee,
                        resource.Kind,
                        month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                        booked.Count,
                        Math.Round(booked.Sum(b => (b.EndUtc - b.StartUtc).TotalHours), 2),
                        Math.Round(offered, 2)
                    )
                );
            }
        }
        return rows;
    }

    /// <summary>Each seat of each slot of the month's opening hours.</summary>
    private static double OfferedHours(Resource resource, DateOnly month)
    {
        if (!OpeningHours.TryParse(resource.OpeningHours, out var hours, out _))
        {
            return 0;
        }
        var slots = SlotGrid.Between(
            hours,
            month,
            month.AddMonths(1).AddDays(-1),
            resource.SlotMinutes,
            resource.BufferMinutes,
            ParisTime.Zone
        );
        return slots.Sum(s => (s.EndUtc - s.StartUtc).TotalHours) * resource.Capacity;
    }

    private static DateTime Utc(DateOnly day) => ParisTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> Rows(
        IServiceProvider services,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        using var scope = services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<Occupancy>().ComputeAsync(cancellationToken);
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<BookingsResource>>();
        // An open dataset speaks French, whoever triggers its refresh.
        var kinds = MailCulture.Render("fr", () =>
            Enum.GetValues<ResourceKind>().ToDictionary(k => k, k => text[$"Kind_{k}"].Value)
        );
        foreach (var row in rows)
        {
            yield return new Dictionary<string, object?>
            {
                ["lieu"] = row.Slug,
                ["nom"] = row.Name,
                ["code_insee"] = row.CommuneInsee ?? "",
                ["type"] = kinds[row.Kind],
                ["mois"] = row.Month,
                ["reservations"] = row.Bookings,
                ["heures_reservees"] = row.HoursBooked,
                ["heures_offertes"] = row.HoursOffered,
                ["taux_occupation"] = row.Rate,
            };
        }
    }
}
