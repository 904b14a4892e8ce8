namespace Bocage.Procedures.Domain.Definitions;

/// <summary>
/// One field of a procedure's form, as the designer set it. Stored as JSON inside a
/// <see cref="Catalogue.ProcedureVersion"/>, so a published version never changes under submitted files.
/// </summary>
/// <param name="Key">Stable key of the answer within the version (letters, digits, dashes), unique in the form.</param>
internal sealed record FieldDefinition(string Key, FieldType Type, string Label)
{
    public string? Help { get; init; }

    public bool Required { get; init; }

    /// <summary>Minimum for numbers (amounts in cents), or minimum count of repeats for a block.</summary>
    public long? Min { get; init; }

    /// <summary>Maximum for numbers (amounts in cents), or maximum count of repeats for a block.</summary>
    public long? Max { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole answer must match (short text).</summary>
    public string? Pattern { get; init; }

    /// <summary>What to tell the person when <see cref="Pattern"/> does not match.</summary>
    public string? PatternMessage { get; init; }

    /// <summary>
    /// Kept in capitals without spaces (passport, registration numbers): a person may type it in lower case, and the
    /// pattern is checked on the capitals.
    /// </summary>
    public bool Capitals { get; init; }

    /// <summary>
    /// The key of an earlier date this date may not precede (a departure never before the arrival).
    /// </summary>
    public string? NotBefore { get; init; }

    /// <summary>
    /// What the browser may fill the field with (the HTML <c>autocomplete</c> token, e.g. <c>name</c>), set only when
    /// the field asks about the person filling the form (WCAG 1.3.5).
    /// </summary>
    public string? Autocomplete { get; init; }

    /// <summary>Choices of single/multiple choice and drop-down fields.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>A named list feeding a drop-down (e.g. <c>communes</c>, the communes of the territory).</summary>
    public string? ListName { get; init; }

    /// <summary>The named list the field chooses from: its own, or the one its type implies (COG, countries).</summary>
    public string? OptionsList =>
        Type switch
        {
            FieldType.Departement => NamedLists.Departements,
            FieldType.Region => NamedLists.Regions,
            FieldType.Country => NamedLists.Countries,
            FieldType.LinkedFile => NamedLists.ApplicantFiles,
            _ => ListName,
        };

    /// <summary>Shown only when this holds on an earlier answer.</summary>
    public DisplayCondition? Condition { get; init; }

    /// <summary>Fields of a repeatable block.</summary>
    public IReadOnlyList<FieldDefinition> Children { get; init; } = [];

    /// <summary>Text of a section title or explanation, or of the honour statement.</summary>
    public string? Text { get; init; }

    /// <summary>Kinds a file field accepts; empty means <see cref="DefaultFileKinds"/> (PDF, JPEG, PNG).</summary>
    public IReadOnlyList<Bocage.Kernel.Files.FileKind> Accept { get; init; } = [];

    /// <summary>
    /// Size limit of a file field in megabytes, at most the kernel's <c>Files:MaxBytes</c>; null: the kernel's limit.
    /// </summary>
    public int? MaxMegabytes { get; init; }

    /// <summary>
    /// The bytes a file of this field may weigh: its own limit when the designer set one, never above the kernel's.
    /// </summary>
    public long MaxBytes(long kernelMaxBytes) =>
        MaxMegabytes is { } megabytes and > 0 ? Math.Min(megabytes * Megabyte, kernelMaxBytes) : kernelMaxBytes;

    public const long Megabyte = 1024 * 1024;

    /// <summary>What a file field lets through the kernel's upload checks.</summary>
    public IReadOnlyList<Bocage.Kernel.Files.FileKind> AcceptedKinds => Accept.Count > 0 ? Accept : DefaultFileKinds;

    /// <summary>Scans and photos of documents: what applicants usually have at hand.</summary>
    public static readonly IReadOnlyList<Bocage.Kernel.Files.FileKind> DefaultFileKinds =
    [
        Bocage.Kernel.Files.FileKind.Pdf,
        Bocage.Kernel.Files.FileKind.Jpeg,
        Bocage.Kernel.Files.FileKind.Png,
    ];

    /// <summary>True for fields that hold an answer (not section titles and explanations).</summary>
    public bool HoldsAnswer => Type is not (FieldType.Section or FieldType.Explanation);
}
