namespace Bocage.Bookings.Domain;

/// <summary>
/// Who books, for the price (Fab-manager's prices per group): an inhabitant of the territory, someone from
/// outside, an association, a company (a verified company account).
/// </summary>
internal enum Audience
{
    Inhabitant = 0,
    Outsider = 1,
    Association = 2,
    Company = 3,
}
