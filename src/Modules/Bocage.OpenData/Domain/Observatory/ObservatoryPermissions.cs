namespace Bocage.OpenData.Domain.Observatory;

/// <summary>Permission keys of the observatory, the map and the broadband follow-up.</summary>
internal static class ObservatoryPermissions
{
    /// <summary>Read the restricted indicators shared with the organisation of the grant.</summary>
    public const string Read = "data.observatory.read";

    /// <summary>Submit values of the indicators the organisation of the grant produces.</summary>
    public const string Submit = "data.observatory.submit";

    /// <summary>Validate or reject submitted values before publication.</summary>
    public const string Validate = "data.observatory.validate";

    /// <summary>Check inhabitants' coverage reports before they appear on the map.</summary>
    public const string ReviewCoverage = "data.broadband.review";
}
