namespace Bocage.OpenData.Api.Rdf;

/// <summary>The vocabularies of DCAT-AP by their usual prefixes.</summary>
internal static class RdfPrefixes
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["locn"] = "http://www.w3.org/ns/locn#",
    };

    /// <summary>« dct:title » → « http://purl.org/dc/terms/title ».</summary>
    public static string Expand(string compact)
    {
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && All.TryGetValue(compact[..colon], out var ns) ? ns + compact[(colon + 1)..] : compact;
    }
}
