namespace Bocage.OpenData.Domain.Broadband;

/// <summary>
/// What is known of the coverage at an address, each figure saying where it comes from: the fibre status
/// at the address itself (deployment data per address) when there is one; otherwise, and always beside
/// it, the commune's figures (share of premises, not this address); the nearest wifi hotspot and fibre
/// node; the checked reports of the commune.
/// </summary>
internal sealed record AddressCoverage(
    AddressMatch Match,
    FibreStatus? FibreAtAddress,
    string CommuneFibre,
    string CommuneMobile,
    NearbyPoint? NearestHotspot,
    NearbyPoint? NearestFibreNode,
    int CheckedReports
);
