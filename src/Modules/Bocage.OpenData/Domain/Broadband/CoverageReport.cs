using Bocage.OpenData.Domain.Observatory;

namespace Bocage.OpenData.Domain.Broadband;

internal enum Technology
{
    Fibre = 0,
    Mobile4G = 1,
    Wifi = 2,
}

/// <summary>
/// An inhabitant's report of poor coverage. No name and no account are kept; the address only serves the
/// agent's check and is erased when the report is reviewed, so the map shows the commune, never a house.
/// </summary>
internal sealed class CoverageReport
{
    public const int AddressMaxLength = 200;
    public const int DescriptionMaxLength = 1000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string? Address { get; private set; }

    public string CommuneInsee { get; private set; } = "";

    public Technology Technology { get; private set; }

    public string Description { get; private set; } = "";

    public ValueStatus Status { get; private set; }

    public DateTime ReportedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public CoverageReport(
        string address,
        string communeInsee,
        Technology technology,
        string description,
        DateTime reportedAt
    )
    {
        Address = address.Trim();
        CommuneInsee = communeInsee;
        Technology = technology;
        Description = description.Trim();
        ReportedAt = reportedAt;
    }

    private CoverageReport() { }

    /// <summary>Confirms or dismisses the report and forgets the address either way.</summary>
    public bool Review(bool confirmed, string reviewer, DateTime now)
    {
        if (Status != ValueStatus.Proposed)
        {
            return false;
        }
        Status = confirmed ? ValueStatus.Validated : ValueStatus.Rejected;
        ReviewedBy = reviewer;
        ReviewedAt = now;
        Address = null;
        return true;
    }
}
