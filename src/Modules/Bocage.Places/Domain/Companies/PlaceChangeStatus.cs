namespace Bocage.Places.Domain.Companies;

/// <summary>Where a company's proposed change stands; stored by name.</summary>
internal enum PlaceChangeStatus
{
    /// <summary>Waits for an agent of the place's commune.</summary>
    Pending,

    /// <summary>Applied to the place.</summary>
    Approved,

    /// <summary>Refused, with the agent's reason told to the company.</summary>
    Refused,

    /// <summary>The company sent a newer proposal before an agent read this one.</summary>
    Replaced,
}
