using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bocage.Testing;

/// <summary>
/// An engine's texts read in one culture whatever the test thread's, as the request localization of the
/// site would read them: French (the neutral texts) for "fr", English for "en", Dutch for "nl".
/// </summary>
public sealed class CultureTexts(IStringLocalizer inner, CultureInfo culture) : IStringLocalizer
{
    public static IStringLocalizer For<TResource>(string culture) =>
        new CultureTexts(
            new ResourceManagerStringLocalizerFactory(
                Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
                NullLoggerFactory.Instance
            ).Create(typeof(TResource)),
            CultureInfo.GetCultureInfo(culture)
        );

    public LocalizedString this[string name] => In(() => inner[name]);

    public LocalizedString this[string name, params object[] arguments] => In(() => inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        In(() => inner.GetAllStrings(includeParentCultures).ToList());

    private T In<T>(Func<T> read)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }
}
