namespace Bocage.Places.Domain.Import;

/// <summary>
/// A line once its commune, kind, step-free access and the place it updates are known (<see cref="PlaceRowCheck"/>),
/// before the form's rules are applied to it with that place's description.
/// </summary>
/// <param name="Kind">The kind's code when the cell names one, else the cell as typed (the form refuses it).</param>
/// <param name="StepFree">Null when the file has no such column: an update keeps the place's.</param>
/// <param name="ExistingSlug">The place the line updates; null for a new place.</param>
/// <param name="Refused">Whether a problem was found already: the line is then only checked, never written.</param>
internal sealed record PlaceRowDraft(
    PlaceCsvRow Row,
    string CommuneInsee,
    string Kind,
    bool? StepFree,
    string? ExistingSlug,
    bool Refused
);
