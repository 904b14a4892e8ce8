using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bocage.Kernel.Web;

/// <summary>
/// Dates typed by people (filters, forms): a readable date between 1900 and 2100. Anything else
/// (<c>9999-12-31</c>, whose next day does not exist, or text) gets the kernel's message at the field
/// and is left out, so that no page answers 500 on a date.
/// </summary>
public static class DateInputs
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>
    /// The bound value of <paramref name="key"/> when it is usable; otherwise null, with the message
    /// « Saisissez une date … » on the field (also when the text could not be read as a date).
    /// </summary>
    public static DateOnly? Checked(ModelStateDictionary state, string key, DateOnly? value, SharedText text)
    {
        var unreadable = state.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
        if (!unreadable && (value is null || InRange(value.Value)))
        {
            return value;
        }
        // One message, ours, whatever the binder said.
        entry?.Errors.Clear();
        state.AddModelError(key, text["DateOutOfRange"]);
        return null;
    }
}
