using System.Text.Json;

namespace Bocage.Bookings.Domain.Questions;

/// <summary>
/// A registration's answers: checked against the place's questions (each mistake keyed by the question's field),
/// kept on the booking as JSON with each question's words, read back for the agent's screens and exports.
/// </summary>
internal static class Answers
{
    public const int TextMaxLength = 500;

    /// <summary>The posted value meaning yes (or no) to a yes-or-no question.</summary>
    public const string Yes = "oui";
    public const string No = "non";

    /// <summary>
    /// The answers to keep (JSON, empty when there is no question), or the mistakes as (field, text key). A missing
    /// answer to an optional question is left out.
    /// </summary>
    public static (string Json, List<(string Field, string Key)> Errors) Check(
        IReadOnlyList<Question> questions,
        Func<string, string?> posted
    )
    {
        var kept = new List<Answer>();
        var errors = new List<(string, string)>();
        foreach (var question in questions)
        {
            var value = posted(question.Field)?.Trim() ?? "";
            var problem =
                value.Length == 0
                    ? question.Required
                        ? "Answer_Required"
                        : null
                    : question.Kind switch
                    {
                        QuestionKind.Text when value.Length > TextMaxLength => "Answer_TooLong",
                        QuestionKind.YesNo when value is not (Yes or No) => "Answer_Required",
                        QuestionKind.Choice when !question.ChoiceList.Contains(value) => "Answer_Required",
                        _ => null,
                    };
            if (problem is not null)
            {
                errors.Add((question.Field, problem));
            }
            else if (value.Length > 0)
            {
                kept.Add(new Answer(question.Label, value));
            }
        }
        return (kept.Count == 0 ? "" : JsonSerializer.Serialize(kept), errors);
    }

    /// <summary>The answers a booking keeps, in the questions' order; none for an empty text.</summary>
    public static IReadOnlyList<Answer> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Answer>>(json) ?? [];

    /// <summary>« Question : réponse » lines joined, for an export's cell.</summary>
    public static string Line(string json) => string.Join(" ; ", Read(json).Select(a => $"{a.Question} : {a.Text}"));
}

/// <summary>One answer, with the words of the question it answers.</summary>
internal sealed record Answer(string Question, string Text);
