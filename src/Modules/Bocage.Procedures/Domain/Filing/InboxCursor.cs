using System.Globalization;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Where a page of the inbox ends: the last file's submission time and id. The next page starts strictly
/// after it in the order (submitted at desc, id desc), so files with the same time are neither missed nor
/// repeated, and a page costs the same at file 25 as at file 1,000,000 (no OFFSET).
/// Written in links as <c>{ticks}-{id}</c>: nothing secret, the page re-checks the agent's scope.
/// </summary>
internal sealed record InboxCursor(DateTime SubmittedAt, Guid Id)
{
    public string Encode() => $"{SubmittedAt.Ticks.ToString(CultureInfo.InvariantCulture)}-{Id:N}";

    /// <summary>
    /// The cursor of a link; null with <paramref name="invalid"/> when the text is not one (the caller shows the first
    /// page and says so).
    /// </summary>
    public static InboxCursor? Decode(string? text, out bool invalid)
    {
        invalid = false;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (
            text.Length <= 60
            && dash > 0
            && long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTime.MaxValue.Ticks
            && Guid.TryParseExact(text.AsSpan(dash + 1), "N", out var id)
        )
        {
            return new InboxCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        }
        invalid = true;
        return null;
    }
}
