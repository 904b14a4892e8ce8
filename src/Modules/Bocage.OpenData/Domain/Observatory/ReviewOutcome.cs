namespace Bocage.OpenData.Domain.Observatory;

internal enum ReviewOutcome
{
    Done,
    NotFound,
    AlreadyReviewed,
    OwnSubmission,
    OutOfScope,
}
