namespace Bocage.Procedures.Domain.Definitions;

internal enum StateKind
{
    Draft = 0,
    Submitted = 1,
    InReview = 2,

    /// <summary>Waiting for the applicant (more documents): chosen fields are reopened.</summary>
    AwaitingApplicant = 3,
    Accepted = 4,
    Refused = 5,
    Closed = 6,
}
