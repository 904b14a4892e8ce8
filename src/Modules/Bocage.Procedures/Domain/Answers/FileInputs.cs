using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// The inputs of file fields among some fields: <c>kbis</c>, or <c>enfants.{i}.certificat</c> inside a block.
/// Their answers are ids of files the kernel accepted for this very file (its attachments).
/// </summary>
internal static class FileInputs
{
    /// <summary>The file field an input name belongs to, or null when it is not a file input of these fields.</summary>
    public static FieldDefinition? FieldOf(IEnumerable<FieldDefinition> fields, string name)
    {
        var parts = name.Split('.');
        var field = fields.FirstOrDefault(f => f.Key == parts[0]);
        return (field, parts.Length) switch
        {
            ({ Type: FieldType.File }, 1) => field,
            ({ Type: FieldType.RepeatableBlock }, 3)
                when int.TryParse(parts[1], out var i) && i is >= 0 and < Limits.MaxRepeats =>
                field.Children.FirstOrDefault(c => c.Key == parts[2] && c.Type == FieldType.File),
            _ => null,
        };
    }

    public static bool IsFile(IEnumerable<FieldDefinition> fields, string name) => FieldOf(fields, name) is not null;

    /// <summary>The stored-file ids the answers point to.</summary>
    public static IEnumerable<Guid> Ids(AnswerSet answers) =>
        answers
            .Values.Values.SelectMany(v => v)
            .Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty);
}
