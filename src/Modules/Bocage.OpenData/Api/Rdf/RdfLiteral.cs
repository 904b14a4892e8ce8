namespace Bocage.OpenData.Api.Rdf;

/// <summary>A literal, typed (<c>xsd:dateTime</c>) or in a language.</summary>
internal sealed record RdfLiteral(string Text, string? Datatype = null, string? Language = null) : RdfValue;

/// <summary>A resource described where it is the object of a property.</summary>
internal sealed record RdfNode(RdfResource Resource) : RdfValue;
