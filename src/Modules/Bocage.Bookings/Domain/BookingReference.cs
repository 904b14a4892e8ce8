using System.Security.Cryptography;

namespace Bocage.Bookings.Domain;

/// <summary>
/// Booking references: « R- » and eight characters of an alphabet without 0/O, 1/I/L, read aloud on the phone
/// without confusion; random, so that one reference tells nothing of another.
/// </summary>
internal static class BookingReference
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => "R-" + RandomNumberGenerator.GetString(Alphabet, Booking.ReferenceLength - 2);
}
