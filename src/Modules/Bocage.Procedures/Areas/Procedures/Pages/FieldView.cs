using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Bocage.Procedures.Areas.Procedures.Pages;

/// <summary>What the <c>_Field</c> partial needs to draw one field with what was typed and its message.</summary>
internal sealed record FieldView(FieldDefinition Field, string Name, AnswerSet Answers, ModelStateDictionary State, IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> Lists)
{
    /// <summary>Inputs are named <c>r.{answer}</c> so that no designer's key clashes with the page's own inputs.</summary>
    public const string Prefix = "r.";

    public string InputName(string? part = null) => Prefix + Name + (part is null ? "" : "." + part);

    public static string IdOf(string inputName) => TagBuilder.CreateSanitizedId(inputName, "_");

    public string Id(string? part = null) => IdOf(InputName(part));

    public string Value(string? part = null) => Answers[part is null ? Name : Name + "." + part];

    public IReadOnlyList<string> Values => Answers.All(Name);

    public string? Error(string? part = null) =>
        State.TryGetValue(InputName(part), out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    public IReadOnlyList<ChoiceOption> Options =>
        Field.ListName is { } list && Lists.TryGetValue(list, out var named) ? named : Field.Options;

    public string? DescribedBy(string? part = null) =>
        string.Join(' ', new[] { Field.Help is null ? null : Id() + "-aide", Error(part) is null ? null : Id(part) + "-erreur" }.Where(s => s is not null)) is { Length: > 0 } s ? s : null;

    public FieldView Child(FieldDefinition child, int index) => this with { Field = child, Name = $"{Name}.{index}.{child.Key}" };

    public int Repeats => int.TryParse(Answers[Name], out var n) ? Math.Clamp(n, 0, Limits.MaxRepeats) : 0;

    /// <summary>Answers typed on a page, taken from the posted form (only the inputs of these fields).</summary>
    public static AnswerSet Read(IFormCollection form, IEnumerable<FieldDefinition> fields)
    {
        var keys = fields.Select(f => f.Key).ToList();
        var set = new AnswerSet();
        foreach (var (name, values) in form.Where(kv => kv.Key.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var key = name[Prefix.Length..];
            if (keys.Any(k => key == k || key.StartsWith(k + ".", StringComparison.Ordinal)))
            {
                set.Values[key] = values.Select(v => v ?? "").ToArray();
            }
        }
        return set;
    }
}
