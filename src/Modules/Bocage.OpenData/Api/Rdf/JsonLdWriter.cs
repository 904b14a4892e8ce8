using System.Text.Json.Nodes;

namespace Bocage.OpenData.Api.Rdf;

/// <summary>Writes a resource and what it nests as compacted JSON-LD, the prefixes as its context.</summary>
internal static class JsonLdWriter
{
    public static JsonObject Write(RdfResource root)
    {
        var context = new JsonObject();
        foreach (var (prefix, ns) in RdfPrefixes.All.Where(p => p.Key != "rdf"))
        {
            context[prefix] = ns;
        }
        var node = Node(root);
        node.Insert(0, "@context", context);
        return node;
    }

    private static JsonObject Node(RdfResource resource)
    {
        var node = new JsonObject();
        if (resource.Iri is not null)
        {
            node["@id"] = resource.Iri;
        }
        if (resource.Types.Count == 1)
        {
            node["@type"] = resource.Types[0];
        }
        else if (resource.Types.Count > 1)
        {
            node["@type"] = new JsonArray(resource.Types.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
        }
        foreach (var group in resource.Properties.GroupBy(p => p.Property))
        {
            var values = group.Select(p => Value(p.Value)).ToArray();
            node[group.Key] = values.Length == 1 ? values[0] : new JsonArray(values);
        }
        return node;
    }

    private static JsonNode Value(RdfValue value) =>
        value switch
        {
            RdfIri iri => new JsonObject { ["@id"] = iri.Iri },
            RdfLiteral { Datatype: { } type } literal => new JsonObject { ["@value"] = literal.Text, ["@type"] = type },
            RdfLiteral { Language: { } language } literal => new JsonObject
            {
                ["@value"] = literal.Text,
                ["@language"] = language,
            },
            RdfLiteral literal => JsonValue.Create(literal.Text),
            RdfNode nested => Node(nested.Resource),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
}
