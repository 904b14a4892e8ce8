using Bocage.Bookings.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// Who has been trained: a person whose attendance at a session of the training an agent marked present (Fab-manager's
/// validated training), which a machine may ask for before it can be booked.
/// </summary>
internal sealed class Trainings(BookingsDb db)
{
    public Task<bool> HasAttendedAsync(string accountId, Guid trainingId, CancellationToken cancellationToken) =>
        db.Bookings.AnyAsync(
            b =>
                b.ResourceId == trainingId
                && b.AccountId == accountId
                && b.Status == BookingStatus.Confirmed
                && b.Attended == true,
            cancellationToken
        );
}
