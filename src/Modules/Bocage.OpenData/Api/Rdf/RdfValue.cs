namespace Bocage.OpenData.Api.Rdf;

/// <summary>The object of a property: an IRI, a literal or a nested resource.</summary>
internal abstract record RdfValue;

internal sealed record RdfIri(string Iri) : RdfValue;
