using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Questions;

/// <summary>The answers a booking form posts, read the same way by the public page and the agent's slot page.</summary>
internal static class AnswerForm
{
    /// <summary>
    /// The answers to the place's questions (JSON, empty for none), or null with each mistake added at its question's
    /// field, for the page to tell there: what was answered is kept, nothing is booked.
    /// </summary>
    public static string? Read(
        IReadOnlyList<Question> questions,
        HttpRequest request,
        ModelStateDictionary state,
        IStringLocalizer text
    )
    {
        var (answers, mistakes) = Answers.Check(questions, field => request.Form[field].FirstOrDefault());
        foreach (var (field, key) in mistakes)
        {
            state.AddModelError(field, text[key]);
        }
        return mistakes.Count == 0 ? answers : null;
    }
}
