namespace Bocage.Procedures.Domain.Filing;

internal enum SubmitOutcome
{
    Submitted = 0,
    NotADraft = 1,
    Conflict = 2,
}
