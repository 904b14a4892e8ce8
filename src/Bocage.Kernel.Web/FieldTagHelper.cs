using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Bocage.Kernel.Web;

/// <summary>
/// A form field of the design system: visible label, help and error tied to the input, the value the
/// person typed sent back (never a password), <c>aria-invalid</c> when wrong.
/// <code>&lt;field for="Input.Email" label="…" help="…" type="email" autocomplete="email" /&gt;</code>
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(SharedText text, HtmlEncoder encoder) : TagHelper
{
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Help { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>The phone keyboard to open, <c>decimal</c> for an amount typed in a text field (« 12,50 »).</summary>
    public string? Inputmode { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var required = For.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any();
        var value = Type is "password" or "file" ? null : state?.AttemptedValue ?? For.Model?.ToString();
        var describedBy = string.Join(
            ' ',
            new[] { Help is null ? null : $"{id}-aide", error is null ? null : $"{id}-erreur" }.Where(x =>
                x is not null
            )
        );

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "field" : "field field--error");
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<label for=\"{id}\">").Append(Label);
        if (required)
        {
            html.AppendHtml(" <span class=\"required\">").Append(text["RequiredMark"]).AppendHtml("</span>");
        }
        html.AppendHtml("</label>");
        if (Help is not null)
        {
            html.AppendHtml($"<p id=\"{id}-aide\" class=\"field__help\">").Append(Help).AppendHtml("</p>");
        }
        if (error is not null)
        {
            html.AppendHtml($"<p id=\"{id}-erreur\" class=\"field__error\">").Append(error).AppendHtml("</p>");
        }
        html.AppendHtml($"<input id=\"{id}\" name=\"{encoder.Encode(name)}\" type=\"{encoder.Encode(Type)}\"");
        if (value is not null)
        {
            html.AppendHtml(" value=\"").Append(value).AppendHtml("\"");
        }
        if (Autocomplete is not null)
        {
            html.AppendHtml($" autocomplete=\"{encoder.Encode(Autocomplete)}\"");
        }
        if (Inputmode is not null)
        {
            html.AppendHtml($" inputmode=\"{encoder.Encode(Inputmode)}\"");
        }
        if (describedBy.Length > 0)
        {
            html.AppendHtml($" aria-describedby=\"{describedBy}\"");
        }
        if (error is not null)
        {
            html.AppendHtml(" aria-invalid=\"true\"");
        }
        html.AppendHtml(required ? " required>" : ">");
        output.Content.SetHtmlContent(html);
    }
}
