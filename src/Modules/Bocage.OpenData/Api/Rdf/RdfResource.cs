namespace Bocage.OpenData.Api.Rdf;

/// <summary>
/// A resource of an RDF graph with its types and properties, in compact names (<c>dct:title</c>) that
/// <see cref="RdfPrefixes"/> expands. One model written both as JSON-LD and as RDF/XML, so that the two
/// serialisations of the catalogue always say the same thing. A resource without IRI is a blank node.
/// </summary>
internal sealed class RdfResource(string? iri, params string[] types)
{
    public string? Iri => iri;

    public IReadOnlyList<string> Types => types;

    public List<(string Property, RdfValue Value)> Properties { get; } = [];

    public RdfResource Add(string property, RdfValue? value)
    {
        if (value is not null)
        {
            Properties.Add((property, value));
        }
        return this;
    }

    public RdfResource Add(string property, IEnumerable<RdfValue> values)
    {
        foreach (var value in values)
        {
            Add(property, value);
        }
        return this;
    }

    /// <summary>A plain literal, or nothing when the text is empty.</summary>
    public RdfResource Text(string property, string? text, string? language = null) =>
        string.IsNullOrWhiteSpace(text) ? this : Add(property, new RdfLiteral(text, Language: language));
}
