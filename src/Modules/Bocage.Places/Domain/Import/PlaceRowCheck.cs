using Bocage.Kernel.Territory;
using Bocage.Places.Domain.Editing;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// Checks the lines of one file against the directory: what the agents' form leaves to its lists (a commune of the
/// agent's scope, a kind), the place a line updates (its <c>identifiant</c>, else the same name in the same commune),
/// a place twice in the file; then the form's own rules (<see cref="PlaceForm.Check"/>), so that a line is refused
/// for exactly what the form would refuse. Names of communes, kinds and places are compared as slugs: case,
/// accents, spaces and dashes do not matter.
/// </summary>
internal sealed class PlaceRowCheck
{
    private static readonly HashSet<string> Yes = ["oui", "o", "yes", "y", "vrai", "true", "1", "x", "ja"];
    private static readonly HashSet<string> No = ["non", "n", "no", "faux", "false", "0", "nee", ""];

    private readonly PlaceImportContext _context;
    private readonly Dictionary<string, string> _communes = [];
    private readonly Dictionary<string, PlaceEntry> _bySlug;
    private readonly ILookup<(string Commune, string Name), PlaceEntry> _byName;
    private readonly Dictionary<string, int> _seen = [];

    public PlaceRowCheck(PlaceImportContext context)
    {
        _context = context;
        foreach (var (insee, name) in context.Communes)
        {
            _communes[insee] = insee;
            _communes.TryAdd(Slugs.From(name), insee);
        }
        _bySlug = context.Places.ToDictionary(p => p.Slug);
        _byName = context.Places.ToLookup(p => (p.CommuneInsee, Slugs.From(p.Name)));
    }

    /// <summary>The line's commune, kind, access and place, its problems added to <paramref name="problems"/>.
    /// </summary>
    public PlaceRowDraft Resolve(PlaceCsvRow row, List<PlaceImportProblem> problems)
    {
        var before = problems.Count;
        void Refuse(string column, string key, params object[] arguments) =>
            problems.Add(new PlaceImportProblem(row.Line, column, row[column], key, arguments));

        var commune = Commune(row[PlaceCsvColumns.Commune].Trim());
        if (commune is null)
        {
            Refuse(PlaceCsvColumns.Commune, "Import_CommuneUnknown");
        }
        else if (!_context.Scope.AllowsCommune(commune))
        {
            Refuse(PlaceCsvColumns.Commune, "Import_CommuneOutOfScope", _context.Communes[commune]);
        }
        var kindText = row[PlaceCsvColumns.Kind].Trim();
        var kind = _context.Kinds.TryGetValue(Slugs.From(kindText), out var known) ? known.ToString() : kindText;
        bool? stepFree = null;
        if (row.Has(PlaceCsvColumns.StepFree))
        {
            var answer = row[PlaceCsvColumns.StepFree].Trim().ToLowerInvariant();
            stepFree = Yes.Contains(answer);
            if (!stepFree.Value && !No.Contains(answer))
            {
                Refuse(PlaceCsvColumns.StepFree, "Import_YesNo");
            }
        }
        var existing = problems.Count == before && commune is not null ? Match(row, commune, Refuse) : null;
        return new PlaceRowDraft(row, commune ?? "", kind, stepFree, existing, problems.Count > before);
    }

    /// <summary>
    /// The description the line gives, the form's rules applied: over the place's own for an update, so that a
    /// column the file does not have keeps the place's value (an empty cell clears it). Null when refused.
    /// </summary>
    public static PlaceDetails? Describe(PlaceRowDraft draft, Place? existing, List<PlaceImportProblem> problems)
    {
        var row = draft.Row;
        var form = existing is null ? new PlaceForm() : PlaceForm.Of(existing);
        foreach (var column in PlaceCsvColumns.All.Where(c => c.Fill is not null && row.Has(c.Name)))
        {
            column.Fill!(form, row[column.Name]);
        }
        form.Kind = draft.Kind;
        form.Commune = draft.CommuneInsee;
        form.StepFree = draft.StepFree ?? form.StepFree;
        var (details, errors) = form.Check(existing?.Details);
        foreach (var (field, key, arguments) in errors)
        {
            var column = PlaceCsvColumns.OfField(field);
            // The form's « choose among the boxes » means, in a file, a value the national list does not have.
            var told = key == PlaceForm.ListValueInvalid ? "Import_ListValueUnknown" : key;
            problems.Add(new PlaceImportProblem(row.Line, column, row[column], told, arguments));
        }
        return draft.Refused ? null : details;
    }

    private string? Commune(string text) =>
        _communes.GetValueOrDefault(text) ?? (text.Length == 0 ? null : _communes.GetValueOrDefault(Slugs.From(text)));

    private string? Match(PlaceCsvRow row, string commune, Action<string, string, object[]> refuse)
    {
        string? slug;
        var identifier = row[PlaceCsvColumns.Identifier].Trim().ToLowerInvariant();
        if (identifier.Length > 0)
        {
            if (!_bySlug.TryGetValue(identifier, out var place))
            {
                refuse(PlaceCsvColumns.Identifier, "Import_IdentifierUnknown", []);
                return null;
            }
            if (!_context.Scope.AllowsCommune(place.CommuneInsee))
            {
                refuse(PlaceCsvColumns.Identifier, "Import_PlaceOutOfScope", []);
                return null;
            }
            if (place.CommuneInsee != commune)
            {
                refuse(PlaceCsvColumns.Commune, "Import_CommuneChanged", [_context.Communes[place.CommuneInsee]]);
                return null;
            }
            slug = place.Slug;
        }
        else
        {
            var name = Slugs.From(row[PlaceCsvColumns.Name]);
            if (name.Length == 0)
            {
                // No name: the form says so, and there is nothing to match.
                return null;
            }
            var same = _byName[(commune, name)].ToList();
            if (same.Count > 1)
            {
                refuse(PlaceCsvColumns.Name, "Import_NameAmbiguous", []);
                return null;
            }
            slug = same.FirstOrDefault()?.Slug;
        }
        // The same place twice would be written twice, the second line silently winning.
        var key = slug ?? $"{commune}:{Slugs.From(row[PlaceCsvColumns.Name])}";
        if (_seen.TryGetValue(key, out var first))
        {
            refuse(
                identifier.Length > 0 ? PlaceCsvColumns.Identifier : PlaceCsvColumns.Name,
                "Import_Duplicate",
                [first]
            );
            return null;
        }
        _seen[key] = row.Line;
        return slug;
    }
}
