using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Domain.Observatory;

/// <summary>
/// Data annotations read the host's texts; the messages of this engine are keys of its own texts
/// (Observatory_…, Broadband_…, Map_…, Producer_…), translated here before the page shows them.
/// </summary>
internal static class FormErrors
{
    private static readonly string[] Prefixes = ["Observatory_", "Broadband_", "Map_", "Producer_"];

    public static void Localize(ModelStateDictionary state, IStringLocalizer localizer)
    {
        foreach (var entry in state.Values)
        {
            var keys = entry
                .Errors.Where(e => Prefixes.Any(p => e.ErrorMessage.StartsWith(p, StringComparison.Ordinal)))
                .ToList();
            foreach (var key in keys)
            {
                entry.Errors.Remove(key);
                entry.Errors.Add(localizer[key.ErrorMessage]);
            }
        }
    }
}
