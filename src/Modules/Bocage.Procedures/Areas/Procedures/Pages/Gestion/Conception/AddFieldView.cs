namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>The form adding a field to a page, or to a repeatable block when <see cref="BlockKey"/> is set.</summary>
internal sealed record AddFieldView(Guid Procedure, int Page, string? BlockKey);
