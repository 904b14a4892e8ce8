namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>A multi-line field with its label, help and error (partial <c>_TextArea</c>).</summary>
internal sealed record TextAreaView(string Name, string Label, string? Value, string? Help);
