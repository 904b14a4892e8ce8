using Bocage.Bookings.Data;
using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain;

/// <summary>
/// A person's bookings (RGPD export), and their erasure with the account: future bookings are cancelled (their
/// seats free), every booking forgets the person while the slot stays counted in the statistics, and their places
/// in waiting lists and their calendar feed go.
/// </summary>
internal sealed class BookingPersonalData(BookingsDb db, TimeProvider clock) : IPersonalDataSource
{
    public string Name => "reservations";

    public async Task<object?> ExportAsync(string accountId, CancellationToken cancellationToken)
    {
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b => b.AccountId == accountId)
            .Join(db.Resources, b => b.ResourceId, r => r.Id, (b, r) => new { Booking = b, Resource = r.Name })
            .OrderBy(x => x.Booking.StartUtc)
            .Select(x => new
            {
                x.Booking.Reference,
                Lieu = x.Resource,
                DebutUtc = x.Booking.StartUtc,
                FinUtc = x.Booking.EndUtc,
                Nom = x.Booking.Name,
                Courriel = x.Booking.Email,
                Etat = x.Booking.Status.ToString(),
                ReserveLeUtc = x.Booking.CreatedAtUtc,
                AnnuleLeUtc = x.Booking.CancelledAtUtc,
                x.Booking.Answers,
            })
            .ToListAsync(cancellationToken);
        return bookings.Count == 0
            ? null
            : bookings
                .Select(b => new
                {
                    b.Reference,
                    b.Lieu,
                    b.DebutUtc,
                    b.FinUtc,
                    b.Nom,
                    b.Courriel,
                    b.Etat,
                    b.ReserveLeUtc,
                    b.AnnuleLeUtc,
                    Reponses = Questions.Answers.Read(b.Answers),
                })
                .ToList();
    }

    public async Task EraseAsync(string accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var booking in await db.Bookings.Where(b => b.AccountId == accountId).ToListAsync(cancellationToken))
        {
            booking.Forget(now);
        }
        db.WaitingList.RemoveRange(
            await db.WaitingList.Where(w => w.AccountId == accountId).ToListAsync(cancellationToken)
        );
        db.CalendarFeeds.RemoveRange(
            await db.CalendarFeeds.Where(f => f.AccountId == accountId).ToListAsync(cancellationToken)
        );
        await db.SaveChangesAsync(cancellationToken);
    }
}
