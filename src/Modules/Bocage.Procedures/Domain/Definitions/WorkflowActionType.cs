namespace Bocage.Procedures.Domain.Definitions;

internal enum WorkflowActionType
{
    NotifyApplicant = 0,
    RequestDocuments = 1,
    Assign = 2,
    GenerateDecision = 3,
    RequestPayment = 4,
    CallWebhook = 5,
}
