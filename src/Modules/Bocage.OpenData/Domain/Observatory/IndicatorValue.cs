namespace Bocage.OpenData.Domain.Observatory;

internal enum ValueStatus
{
    Proposed = 0,
    Validated = 1,
    Rejected = 2,
}

/// <summary>
/// One figure of an indicator for one commune (or the whole intercommunality when the commune is null)
/// and one period. Stored as a scaled integer so that no figure is rounded by a floating type.
/// </summary>
internal sealed class IndicatorValue
{
    public long Id { get; private set; }

    public int IndicatorId { get; private set; }

    /// <summary>INSEE code; null for the intercommunality as a whole.</summary>
    public string? CommuneInsee { get; private set; }

    /// <summary>The period as <see cref="Period.Code"/>: year × 100 + month, month 0 for a whole year.</summary>
    public int Period { get; private set; }

    /// <summary>The value times 10^scale of the indicator.</summary>
    public long Scaled { get; private set; }

    public ValueStatus Status { get; private set; }

    /// <summary>"account:{id}" or "seed".</summary>
    public string SubmittedBy { get; private set; } = "";

    public DateTime SubmittedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public IndicatorValue(
        int indicatorId,
        string? communeInsee,
        Period period,
        long scaled,
        string submittedBy,
        DateTime submittedAt
    )
    {
        IndicatorId = indicatorId;
        CommuneInsee = communeInsee;
        Period = period.Code;
        Scaled = scaled;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
    }

    private IndicatorValue() { }

    /// <summary>A reviewed value is final: a correction is a new submission.</summary>
    public bool Review(bool accept, string reviewer, DateTime now)
    {
        if (Status != ValueStatus.Proposed)
        {
            return false;
        }
        Status = accept ? ValueStatus.Validated : ValueStatus.Rejected;
        ReviewedBy = reviewer;
        ReviewedAt = now;
        return true;
    }

    /// <summary>Demo and imported official figures are published as they are.</summary>
    public IndicatorValue Published(string reviewer, DateTime now)
    {
        Review(true, reviewer, now);
        return this;
    }
}
