using Bocage.Kernel.Permissions;

namespace Bocage.Places.Domain.Import;

/// <summary>A place of the directory as the import matches it: by its slug, or by its name in its commune.</summary>
internal sealed record PlaceEntry(string Slug, string Name, string CommuneInsee);

/// <summary>
/// What each line is checked against, read once per import: the territory's communes (INSEE code → name), the
/// agent's scope, the kinds by every name an agent may write (the form's labels in each language, the code), and the
/// directory's places.
/// </summary>
internal sealed record PlaceImportContext(
    IReadOnlyDictionary<string, string> Communes,
    AccessScope Scope,
    IReadOnlyDictionary<string, PlaceKind> Kinds,
    IReadOnlyList<PlaceEntry> Places
);
