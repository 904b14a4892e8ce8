using System.Globalization;
using Bocage.Kernel.Time;

namespace Bocage.Kernel.Mail;

/// <summary>
/// Renders a mail's texts in its recipient's language. The culture is switched around synchronous code only:
/// an <c>await</c> inside would let the switched culture leak into whatever runs next on the thread, or
/// leave the restore to a different one.
/// </summary>
public static class MailCulture
{
    /// <summary>
    /// The language of the page being served (the visitor's choice, French by default), kept for a person
    /// without an account: they are written to in the language they were browsing in.
    /// </summary>
    public static string Current => Supported(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>A supported language name; French for anything else (an old or tampered value).</summary>
    public static string Supported(string? language) =>
        SupportedCultures.IsSupported(language) ? language! : SupportedCultures.Default;

    /// <summary>
    /// Runs <paramref name="render"/> with the UI culture (resources) and the culture (dates, amounts) of
    /// <paramref name="language"/>, then puts back the caller's: the outbox worker has no request culture,
    /// and a request must not keep the recipient's.
    /// </summary>
    public static T Render<T>(string language, Func<T> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var target = CultureInfo.GetCultureInfo(Supported(language));
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = target;
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
