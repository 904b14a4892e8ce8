namespace Bocage.Bookings.Domain.Statistics;

/// <summary>
/// A place's month: its bookings, the hours booked (one person for an hour is one hour) and the hours it offered
/// (each seat of each slot or session), whose ratio is the occupancy rate.
/// </summary>
internal sealed record OccupancyRow(
    string Slug,
    string Name,
    string? CommuneInsee,
    ResourceKind Kind,
    string Month,
    int Bookings,
    double HoursBooked,
    double HoursOffered
)
{
    /// <summary>Percent of the offered hours that were booked, one decimal; null when nothing was offered.</summary>
    public double? Rate => HoursOffered > 0 ? Math.Round(100 * HoursBooked / HoursOffered, 1) : null;
}
