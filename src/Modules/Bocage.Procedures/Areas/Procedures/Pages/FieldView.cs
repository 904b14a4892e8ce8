using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Bocage.Procedures.Areas.Procedures.Pages;

/// <summary>What the <c>_Field</c> partial needs to draw one field with what was typed and its message.</summary>
internal sealed record FieldView(
    FieldDefinition Field,
    string Name,
    AnswerSet Answers,
    ModelStateDictionary State,
    IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> Lists
)
{
    /// <summary>
    /// Inputs are named <c>r.{answer}</c> so that no designer's key clashes with the page's own inputs.
    /// </summary>
    public const string Prefix = "r.";

    public string InputName(string? part = null) => Prefix + Name + (part is null ? "" : "." + part);

    public static string IdOf(string inputName) => TagBuilder.CreateSanitizedId(inputName, "_");

    public string Id(string? part = null) => IdOf(InputName(part));

    public string Value(string? part = null) => Answers[part is null ? Name : Name + "." + part];

    public IReadOnlyList<string> Values => Answers.All(Name);

    public string? Error(string? part = null) =>
        State.TryGetValue(InputName(part), out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    public IReadOnlyList<ChoiceOption> Options =>
        Field.OptionsList is { } list && Lists.TryGetValue(list, out var named) ? named : Field.Options;

    public string? DescribedBy(string? part = null) =>
        string.Join(
            ' ',
            new[]
            {
                Field.Help is null ? null : Id() + "-aide",
                Error(part) is null ? null : Id(part) + "-erreur",
            }.Where(s => s is not null)
        )
            is { Length: > 0 } s
            ? s
            : null;

    public FieldView Child(FieldDefinition child, int index) =>
        this with
        {
            Field = child,
            Name = $"{Name}.{index}.{child.Key}",
        };

    /// <summary>The button that removes the file sent for the input named in its value.</summary>
    public const string RemoveFile = "retirer-fichier";

    /// <summary>The file (dossier) being filled, for the download links of its attachments.</summary>
    public Guid FileId { get; init; }

    /// <summary>The file's attachments by stored-file id, to show the file already sent for a file field.</summary>
    public IReadOnlyDictionary<Guid, FileAttachment> Sent { get; init; } = new Dictionary<Guid, FileAttachment>();

    /// <summary>The attachment this file input points to, if any.</summary>
    public FileAttachment? SentFile => Guid.TryParse(Value(), out var id) ? Sent.GetValueOrDefault(id) : null;

    /// <summary>Where the applicant downloads an attachment of file <paramref name="fileId"/>.</summary>
    public static string DownloadPath(Guid fileId, Guid storedId) => $"/demarches/dossier/{fileId}/pieces/{storedId}";

    public int Repeats => int.TryParse(Answers[Name], out var n) ? Math.Clamp(n, 0, Limits.MaxRepeats) : 0;

    /// <summary>
    /// Answers typed on a page, taken from the posted form (only the inputs of these fields). A file input
    /// carries the id of the file already sent in a hidden input; it is kept only when it is one of this
    /// file's attachments (<paramref name="sent"/>), so that no one can claim another person's file by its id.
    /// </summary>
    public static AnswerSet Read(
        IFormCollection form,
        IEnumerable<FieldDefinition> fields,
        IReadOnlyDictionary<Guid, FileAttachment> sent
    )
    {
        var list = fields.ToList();
        var keys = list.Select(f => f.Key).ToList();
        var set = new AnswerSet();
        foreach (var (name, values) in form.Where(kv => kv.Key.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var key = name[Prefix.Length..];
            if (!keys.Any(k => key == k || key.StartsWith(k + ".", StringComparison.Ordinal)))
            {
                continue;
            }
            if (!FileInputs.IsFile(list, key))
            {
                set.Values[key] = values.Select(v => v ?? "").ToArray();
            }
            else if (
                Guid.TryParse(values.FirstOrDefault(), out var id)
                && sent.TryGetValue(id, out var attachment)
                && attachment.Input == key
            )
            {
                set.Set(key, id.ToString());
            }
        }
        return set;
    }

    /// <summary>The files posted for these inputs (names without the prefix).</summary>
    public static IEnumerable<PostedFile> Files(IFormCollection form) =>
        form
            .Files.Where(f => f.Name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(f => new PostedFile(f.Name[Prefix.Length..], f));
}
