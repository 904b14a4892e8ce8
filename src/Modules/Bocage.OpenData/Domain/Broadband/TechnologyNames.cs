namespace Bocage.OpenData.Domain.Broadband;

/// <summary>French names of the technologies, as the coverage observatories of ARCEP name them.</summary>
internal static class TechnologyNames
{
    public static string Of(Technology technology) =>
        technology switch
        {
            Technology.Fibre => "Fibre",
            Technology.Mobile4G => "4G",
            Technology.Wifi => "Wifi public",
            _ => technology.ToString(),
        };
}
