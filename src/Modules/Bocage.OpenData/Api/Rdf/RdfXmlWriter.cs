using System.Xml.Linq;

namespace Bocage.OpenData.Api.Rdf;

/// <summary>
/// Writes a resource and what it nests as RDF/XML, each resource a typed node element (<c>dcat:Dataset</c>, its
/// first type; others as <c>rdf:type</c>), nested resources inside their property.
/// </summary>
internal static class RdfXmlWriter
{
    private static readonly XNamespace Rdf = RdfPrefixes.All["rdf"];

    public static XDocument Write(RdfResource root) =>
        new(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                Rdf + "RDF",
                RdfPrefixes.All.Select(p => new XAttribute(XNamespace.Xmlns + p.Key, p.Value)),
                Description(root)
            )
        );

    private static XElement Description(RdfResource resource) =>
        new(
            resource.Types.Count > 0 ? Name(resource.Types[0]) : Rdf + "Description",
            resource.Iri is null ? null : new XAttribute(Rdf + "about", resource.Iri),
            resource.Types.Skip(1).Select(t => new XElement(Rdf + "type", new XAttribute(Rdf + "resource", Expand(t)))),
            resource.Properties.Select(p => Property(p.Property, p.Value))
        );

    private static XElement Property(string property, RdfValue value)
    {
        var element = new XElement(Name(property));
        switch (value)
        {
            case RdfIri iri:
                element.Add(new XAttribute(Rdf + "resource", iri.Iri));
                break;
            case RdfLiteral literal:
                if (literal.Datatype is { } type)
                {
                    element.Add(new XAttribute(Rdf + "datatype", Expand(type)));
                }
                if (literal.Language is { } language)
                {
                    element.Add(new XAttribute(XNamespace.Xml + "lang", language));
                }
                element.Add(literal.Text);
                break;
            case RdfNode nested:
                element.Add(Description(nested.Resource));
                break;
        }
        return element;
    }

    private static string Expand(string compact) => RdfPrefixes.Expand(compact);

    private static XName Name(string compact)
    {
        var full = Expand(compact);
        var split = Math.Max(full.LastIndexOf('#'), full.LastIndexOf('/')) + 1;
        return XName.Get(full[split..], full[..split]);
    }
}
