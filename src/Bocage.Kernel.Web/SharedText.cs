using Microsoft.Extensions.Localization;

namespace Bocage.Kernel.Web;

/// <summary>
/// The host's shared texts (required mark, "choose…", error summary, the layout's words), reachable
/// from this library's tag helpers, partials and layout and from engines, none of which reference the host. Engines
/// keep their own texts in
/// their own resource files; this is only for the words of the design system.
/// </summary>
public sealed class SharedText(IStringLocalizer localizer)
{
    public LocalizedString this[string key] => localizer[key];

    public LocalizedString this[string key, params object[] arguments] => localizer[key, arguments];
}
