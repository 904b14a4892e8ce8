using System.Globalization;

namespace Bocage.Kernel.Time;

/// <summary>Times are stored in UTC and shown in Europe/Paris, whatever the server's zone.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime ToParis(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Paris wall-clock time to UTC, for what a person types in a form.</summary>
    public static DateTime ToUtc(DateTime parisWallClock) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(parisWallClock, DateTimeKind.Unspecified), Zone);

    /// <summary>"29 novembre 2026 à 14:05" in French, the current culture's long date otherwise.</summary>
    public static string Format(DateTime utc, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var local = ToParis(utc);
        return culture.TwoLetterISOLanguageName switch
        {
            "fr" => local.ToString("d MMMM yyyy 'à' HH:mm", culture),
            "nl" => local.ToString("d MMMM yyyy 'om' HH:mm", culture),
            _ => local.ToString("d MMMM yyyy 'at' HH:mm", culture),
        };
    }
}
