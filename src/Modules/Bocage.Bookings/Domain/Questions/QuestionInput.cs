namespace Bocage.Bookings.Domain.Questions;

/// <summary>
/// The agent's form of a new question, as typed (nothing typed is lost on a mistake); <see cref="Check"/> gives the
/// mistakes as (field, text key).
/// </summary>
internal sealed class QuestionInput
{
    public string? Label { get; set; } = "";

    public QuestionKind Kind { get; set; }

    /// <summary>For a choice: one choice a line.</summary>
    public string? ChoicesText { get; set; } = "";

    public bool Required { get; set; }

    public IReadOnlyList<string> Choices =>
        (ChoicesText ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Replace("|", "/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    public List<(string Field, string Key)> Check(int existing)
    {
        var errors = new List<(string, string)>();
        var label = (Label ?? "").Trim();
        if (label.Length is 0 or > Question.LabelMaxLength)
        {
            errors.Add((nameof(Label), "Questions_LabelInvalid"));
        }
        else if (existing >= Question.MaxPerResource)
        {
            errors.Add((nameof(Label), "Questions_TooMany"));
        }
        if (!Enum.IsDefined(Kind))
        {
            errors.Add((nameof(Kind), "Questions_KindInvalid"));
        }
        if (
            Kind == QuestionKind.Choice
            && (Choices.Count < 2 || string.Join('|', Choices).Length > Question.ChoicesMaxLength)
        )
        {
            errors.Add((nameof(ChoicesText), "Questions_ChoicesInvalid"));
        }
        Label = label;
        return errors;
    }
}
