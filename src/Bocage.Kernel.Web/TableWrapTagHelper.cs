using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Bocage.Kernel.Web;

/// <summary>
/// A table's wrapper scrolls sideways when the table is wider than a phone: it takes the keyboard focus so that a
/// person without a mouse or touch can scroll it with the arrow keys (WCAG 2.1.1, axe's
/// <c>scrollable-region-focusable</c>), on every page that wraps a table, without each page remembering it.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-wrap]")]
public sealed class TableWrapTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("tabindex"))
        {
            output.Attributes.SetAttribute("tabindex", "0");
        }
    }
}
