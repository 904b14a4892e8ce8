namespace Bocage.OpenData.Domain.Broadband;

/// <summary>
/// One address of the local address reference, in the shape of the Base Adresse Nationale (numéro, voie,
/// code postal, code INSEE, WGS 84 position), with the fibre status at that address when deployment data
/// gives it (ARCEP publishes it per address as « Ma connexion internet »). The broadband page finds an
/// inhabitant's address here: no outside geocoder is called.
/// </summary>
internal sealed class Address
{
    public const int StreetMaxLength = 200;

    public long Id { get; private set; }

    public string Number { get; private set; } = "";

    public string Street { get; private set; } = "";

    public string Postcode { get; private set; } = "";

    public string CommuneInsee { get; private set; } = "";

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>Fibre at this address: <see cref="FibreStatus"/>; null when no per-address data exists.</summary>
    public FibreStatus? Fibre { get; private set; }

    public Address(
        string number,
        string street,
        string postcode,
        string communeInsee,
        double latitude,
        double longitude,
        FibreStatus? fibre
    )
    {
        Number = number;
        Street = street;
        Postcode = postcode;
        CommuneInsee = communeInsee;
        Latitude = latitude;
        Longitude = longitude;
        Fibre = fibre;
    }

    private Address() { }

    public string Label => $"{Number} {Street}".Trim();
}

internal enum FibreStatus
{
    /// <summary>The premises can order a fibre line today.</summary>
    Connectable = 0,

    /// <summary>Deployment under way in the street, not yet orderable.</summary>
    InProgress = 1,

    /// <summary>No fibre planned yet at this address.</summary>
    NotPlanned = 2,
}
