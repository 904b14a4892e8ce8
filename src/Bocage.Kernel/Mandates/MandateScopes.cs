namespace Bocage.Kernel.Mandates;

/// <summary>
/// What a mandate may cover. Engines check the scope of their own acts (procedures, invoices,
/// bookings); the kernel itself offers the person's contact details.
/// </summary>
public static class MandateScopes
{
    public const string Profile = "profil";
    public const string Procedures = "demarches";
    public const string Invoices = "factures";
    public const string Bookings = "reservations";

    public static readonly IReadOnlyList<string> All = [Profile, Procedures, Invoices, Bookings];

    /// <summary>Permission of the digital mediators who may receive mandates.</summary>
    public const string MediatorPermission = "kernel.mediation";
}
