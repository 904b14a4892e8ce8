namespace Bocage.Procedures.Domain.Definitions;

/// <summary>
/// The usual states and transitions of a French procedure (as in Démarches Simplifiées), a starting point the designer
/// renames and extends.
/// </summary>
internal static class DefaultWorkflow
{
    public const string Draft = "brouillon";
    public const string Submitted = "depose";
    public const string InReview = "en-instruction";
    public const string AwaitingApplicant = "en-attente";
    public const string Accepted = "accepte";
    public const string Refused = "refuse";
    public const string Closed = "sans-suite";

    public static WorkflowDefinition Create() =>
        new(
            [
                new(Draft, "Brouillon", StateKind.Draft),
                new(Submitted, "Déposé", StateKind.Submitted),
                new(InReview, "En instruction", StateKind.InReview),
                new(AwaitingApplicant, "En attente de compléments", StateKind.AwaitingApplicant),
                new(Accepted, "Accepté", StateKind.Accepted),
                new(Refused, "Refusé", StateKind.Refused),
                new(Closed, "Classé sans suite", StateKind.Closed),
            ],
            [
                new("instruire", "Passer en instruction", [Submitted, AwaitingApplicant], InReview)
                {
                    Actions =
                    [
                        new(WorkflowActionType.NotifyApplicant) { MailSubject = "Votre dossier est en instruction" },
                    ],
                },
                new("demander-complements", "Demander des compléments", [Submitted, InReview], AwaitingApplicant)
                {
                    Actions = [new(WorkflowActionType.RequestDocuments)],
                },
                new("accepter", "Accepter", [Submitted, InReview], Accepted)
                {
                    Actions =
                    [
                        new(WorkflowActionType.GenerateDecision)
                        {
                            DecisionTemplate = "Votre demande « {demarche} » est acceptée.",
                        },
                        new(WorkflowActionType.NotifyApplicant) { MailSubject = "Votre demande est acceptée" },
                    ],
                },
                new("refuser", "Refuser", [Submitted, InReview], Refused)
                {
                    Actions =
                    [
                        new(WorkflowActionType.GenerateDecision)
                        {
                            DecisionTemplate = "Votre demande « {demarche} » est refusée.",
                        },
                        new(WorkflowActionType.NotifyApplicant) { MailSubject = "Votre demande est refusée" },
                    ],
                },
                new("classer", "Classer sans suite", [Submitted, InReview, AwaitingApplicant], Closed)
                {
                    Actions =
                    [
                        new(WorkflowActionType.NotifyApplicant) { MailSubject = "Votre dossier est classé sans suite" },
                    ],
                },
            ],
            Submitted
        );
}
