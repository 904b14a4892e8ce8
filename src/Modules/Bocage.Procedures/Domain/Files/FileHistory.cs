namespace Bocage.Procedures.Domain.Files;

/// <summary>What a file's history tells both sides at a glance.</summary>
internal static class FileHistory
{
    /// <summary>
    /// When the applicant sent the documents asked for, as long as no agent moved the file since; otherwise null.
    /// </summary>
    public static DateTime? ComplementsReceivedAt(IEnumerable<FileEvent> history) =>
        history
            .Where(e => e.Kind is FileEventKind.Transition or FileEventKind.Completed)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .LastOrDefault()
            is { Kind: FileEventKind.Completed } received
            ? received.At
            : null;

    /// <summary>
    /// The state a request for documents was made from, to resume there once answered: a state still in the
    /// workflow where a file is examined (submitted or in review), else none.
    /// </summary>
    public static Definitions.WorkflowState? ResumeState(
        IEnumerable<FileEvent> history,
        string waitingState,
        Definitions.WorkflowDefinition workflow
    )
    {
        var cameFrom = history
            .Where(e => e.Kind == FileEventKind.Transition && e.ToState == waitingState)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .LastOrDefault()
            ?.FromState;
        return workflow.States.FirstOrDefault(s =>
            s.Key == cameFrom && s.Kind is Definitions.StateKind.Submitted or Definitions.StateKind.InReview
        );
    }
}
