namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>The table of a page's (or a block's) fields with their move and remove buttons.</summary>
internal sealed record FieldRowsView(
    Guid Procedure,
    IReadOnlyList<Bocage.Procedures.Domain.Definitions.FieldDefinition> Fields,
    string Caption
);
