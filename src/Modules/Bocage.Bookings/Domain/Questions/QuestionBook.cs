using Bocage.Bookings.Data;
using Bocage.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Questions;

/// <summary>
/// A place's questions, as its agent adds and removes them, each change in the audit log. Removing a question
/// leaves the answers already given on their bookings.
/// </summary>
internal sealed class QuestionBook(BookingsDb db, AuditLog audit, TimeProvider clock)
{
    public Task<List<Question>> OfAsync(Guid resourceId, CancellationToken cancellationToken) =>
        db
            .Questions.AsNoTracking()
            .Where(q => q.ResourceId == resourceId)
            .OrderBy(q => q.Position)
            .ToListAsync(cancellationToken);

    public async Task AddAsync(
        string agentId,
        Resource resource,
        QuestionInput input,
        CancellationToken cancellationToken
    )
    {
        var last = await db
            .Questions.Where(q => q.ResourceId == resource.Id)
            .Select(q => (int?)q.Position)
            .MaxAsync(cancellationToken);
        var question = Question.Create(
            resource.Id,
            (last ?? -1) + 1,
            (input.Label ?? "").Trim(),
            input.Kind,
            input.Choices,
            input.Required,
            clock.GetUtcNow().UtcDateTime
        );
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(agentId, "bookings.question-add", resource, question, cancellationToken);
    }

    public async Task<bool> RemoveAsync(
        string agentId,
        Resource resource,
        Guid questionId,
        CancellationToken cancellationToken
    )
    {
        var question = await db.Questions.SingleOrDefaultAsync(
            q => q.Id == questionId && q.ResourceId == resource.Id,
            cancellationToken
        );
        if (question is null)
        {
            return false;
        }
        db.Questions.Remove(question);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(agentId, "bookings.question-remove", resource, question, cancellationToken);
        return true;
    }

    private Task AuditAsync(
        string agentId,
        string action,
        Resource resource,
        Question question,
        CancellationToken cancellationToken
    ) =>
        audit.AppendAsync(
            AuditActor.Of(agentId),
            action,
            $"booking:{resource.Slug}:question:{question.Id:N}",
            resource.CommuneInsee,
            question.Label,
            cancellationToken: cancellationToken
        );
}
