namespace Bocage.Places.Domain.Business;

/// <summary>What a person writes to the business desk about: the PIDE's programmes, and anything else.</summary>
internal enum ContactTopic
{
    Creation,
    Takeover,
    Premises,
    Funding,
    Other,
}
