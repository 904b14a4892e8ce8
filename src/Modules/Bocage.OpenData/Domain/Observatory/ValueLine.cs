namespace Bocage.OpenData.Domain.Observatory;

/// <summary>A value typed or imported by a partner, already read and checked.</summary>
internal sealed record ValueLine(Indicator Indicator, string? CommuneInsee, Period Period, long Scaled);
