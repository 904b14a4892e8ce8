using Bocage.Places.Domain.Editing;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// A column of the places' CSV file: its French name, the <see cref="PlaceForm"/> field it fills (so that the form's
/// problems are told at the file's column), whether every file must have it, and the example file's value.
/// </summary>
/// <param name="Fill">Copies the cell into the form; null for the cells the import reads itself (commune, type,
/// step-free access, identifier).</param>
internal sealed record PlaceCsvColumn(
    string Name,
    string? Field,
    bool Required,
    string Example,
    Action<PlaceForm, string>? Fill = null
);
