using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace Bocage.Kernel.Web;

/// <summary>
/// A Schema.org description in a page, as search engines read it: a <c>&lt;script type="application/ld+json"&gt;</c>
/// data block (browsers do not run it, so the CSP has nothing to allow). The JSON escapes <c>&lt;</c>, <c>&gt;</c>
/// and <c>&amp;</c>, so a title holding « &lt;/script&gt; » cannot end the block.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static IHtmlContent Script(JsonObject description)
    {
        description["@context"] = "https://schema.org";
        return new HtmlString($"<script type=\"application/ld+json\">{description.ToJsonString(Options)}</script>");
    }
}
