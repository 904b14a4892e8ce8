namespace Bocage.Bookings.Domain.Questions;

/// <summary>
/// A question a place asks when someone registers (« Déjeunerez-vous sur place ? », « Votre niveau »), in the
/// order its agent added them. A booking keeps the question's words with the answer, so that a question changed
/// or removed later does not change what was answered.
/// </summary>
internal sealed class Question
{
    public const int LabelMaxLength = 200;
    public const int ChoicesMaxLength = 500;

    /// <summary>More would make a registration a form to fill, which is the procedures engine's work.</summary>
    public const int MaxPerResource = 10;

    private Question() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ResourceId { get; private set; }

    public int Position { get; private set; }

    public string Label { get; private set; } = "";

    public QuestionKind Kind { get; private set; }

    /// <summary>For a choice: the choices joined with « | ».</summary>
    public string Choices { get; private set; } = "";

    public bool Required { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<string> ChoiceList =>
        Choices.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The name of its field in the registration form.</summary>
    public string Field => $"reponse-{Id:N}";

    public static Question Create(
        Guid resourceId,
        int position,
        string label,
        QuestionKind kind,
        IReadOnlyList<string> choices,
        bool required,
        DateTime nowUtc
    ) =>
        new()
        {
            ResourceId = resourceId,
            Position = position,
            Label = label,
            Kind = kind,
            Choices = kind == QuestionKind.Choice ? string.Join('|', choices) : "",
            Required = required,
            CreatedAtUtc = nowUtc,
        };
}
