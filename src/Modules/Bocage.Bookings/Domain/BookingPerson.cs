namespace Bocage.Bookings.Domain;

/// <summary>
/// Who a booking is for, as the booking keeps them (nothing more than the place needs), and the mediator who
/// books for them under a mandate, if any. A person without an account (booked by the place on the phone) has an
/// empty <see cref="AccountId"/>, and an empty <see cref="Email"/> when they gave no address.
/// </summary>
internal sealed record BookingPerson(string AccountId, string Name, string Email, string Language)
{
    public string? BookedBy { get; init; }

    /// <summary>Booked by an agent of the place (on the phone, at the desk): confirmed at once, paid there.</summary>
    public bool AtDesk { get; init; }

    public bool HasAccount => AccountId.Length > 0;

    /// <summary>What they answered the place's questions (JSON, see <see cref="Questions.Answers"/>).</summary>
    public string Answers { get; init; } = "";

    /// <summary>Someone who called the place, booked by its agent.</summary>
    public static BookingPerson Called(string name, string email, string language, string agentId) =>
        new("", name, email, language) { BookedBy = agentId, AtDesk = true };
}
