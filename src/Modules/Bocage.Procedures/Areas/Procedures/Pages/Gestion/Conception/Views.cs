using Bocage.Kernel.Territory;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>What the settings partial shows: the input and the owners the agent may choose.</summary>
internal sealed record SettingsView(SettingsInput Input, IReadOnlyList<Commune> Communes, IReadOnlyList<Organisation> Services, bool WithSlug);

/// <summary>A multi-line field with its label, help and error (partial <c>_TextArea</c>).</summary>
internal sealed record TextAreaView(string Name, string Label, string? Value, string? Help);

/// <summary>The table of a page's (or a block's) fields with their move and remove buttons.</summary>
internal sealed record FieldRowsView(Guid Procedure, IReadOnlyList<Bocage.Procedures.Domain.Definitions.FieldDefinition> Fields, string Caption);

/// <summary>The form adding a field to a page, or to a repeatable block when <see cref="BlockKey"/> is set.</summary>
internal sealed record AddFieldView(Guid Procedure, int Page, string? BlockKey);
