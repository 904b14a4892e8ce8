using Bocage.Kernel.Audit;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Runs a workflow transition pressed by an agent: the state change and the file's own effects are saved
/// under the file's concurrency token; effects outside the file (mail, invoice, webhook) follow, each
/// recorded in the history, done or failed.
/// </summary>
internal sealed class Transitions(
    ProceduresDb db,
    TransitionEffects effects,
    Assignment assignment,
    AuditLog audit,
    TimeProvider clock
)
{
    public async Task<TransitionOutcome> RunAsync(
        Guid fileId,
        TransitionInput input,
        string agentId,
        CancellationToken cancellationToken = default
    )
    {
        var file = await db.Files.SingleAsync(f => f.Id == fileId, cancellationToken);
        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId, cancellationToken);
        var workflow = version.Workflow;
        var transition = workflow.Transitions.FirstOrDefault(t => t.Key == input.Key);
        var target = transition is null ? null : workflow.States.FirstOrDefault(s => s.Key == transition.To);
        // The file changed since the agent read it: say so first, whatever the button now means.
        if (file.Stamp != input.Stamp)
        {
            return TransitionOutcome.Conflict;
        }
        if (transition is null || target is null || !transition.From.Contains(file.StateKey))
        {
            return TransitionOutcome.NotAllowed;
        }
        var assign = transition.Actions.FirstOrDefault(a => a.Type == WorkflowActionType.Assign);
        var plan = assign is null
            ? null
            : await assignment.PlanAsync(file, input.Assignee, assign.AssignTo, cancellationToken);
        if (plan is { Allowed: false })
        {
            return TransitionOutcome.AssigneeOutOfScope;
        }
        var actor = AuditActor.Of(agentId);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(file).Property(f => f.Stamp).OriginalValue = input.Stamp;
        var from = file.StateKey;
        file.MoveTo(target, now);
        db.FileEvents.Add(FileEvent.Transition(file.Id, actor, from, target.Key, transition.Label, now));
        foreach (var action in transition.Actions)
        {
            await effects.InsideAsync(file, action, input, actor, now, cancellationToken);
        }
        if (plan is { Changes: true })
        {
            file.AssignTo(plan.Assignee, now);
        }
        if (plan is { PresetGone: true })
        {
            db.FileEvents.Add(
                FileEvent.Note(file.Id, actor, FileEventKind.ActionFailed, Assignment.PresetGoneDetail, now)
            );
        }
        if (!string.IsNullOrWhiteSpace(input.Message))
        {
            db.Messages.Add(
                new FileMessage(file.Id, actor, fromAgent: true, isPrivate: false, Messages.Bounded(input.Message), now)
            );
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return TransitionOutcome.Conflict;
        }
        await audit.AppendAsync(
            actor,
            "procedures.transition",
            $"procedures:file:{file.Number}",
            file.CommuneInsee,
            $"{from} → {target.Key}",
            cancellationToken: cancellationToken
        );
        var title = await db
            .Procedures.AsNoTracking()
            .Where(p => p.Id == file.ProcedureId)
            .Select(p => p.Title)
            .SingleAsync(cancellationToken);
        var scene = new TransitionScene(version.Form, new FileMailContext(title, target.Label));
        foreach (var action in transition.Actions)
        {
            await effects.OutsideAsync(file, action, input, actor, scene, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (plan is { Changes: true })
        {
            await assignment.AnnounceAsync(file, agentId, input.FileLink, cancellationToken);
        }
        return plan is { PresetGone: true } ? TransitionOutcome.DonePresetGone : TransitionOutcome.Done;
    }
}
