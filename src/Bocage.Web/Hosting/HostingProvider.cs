namespace Bocage.Web.Hosting;

/// <summary>
/// Who hosts the site, as the legal notice must say (LCEN, article 6, III: name, address and telephone of the
/// host): <c>Legal:Host:Name</c>, <c>Legal:Host:Address</c>, <c>Legal:Host:Phone</c>, set by whoever runs the site.
/// </summary>
public sealed record HostingProvider(string Name, string? Address, string? Phone)
{
    public const string Section = "Legal:Host";

    /// <summary>The configured host, or null while nobody has named it.</summary>
    public static HostingProvider? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var name = section["Name"]?.Trim();
        return string.IsNullOrEmpty(name)
            ? null
            : new HostingProvider(name, Blank(section["Address"]), Blank(section["Phone"]));
    }

    /// <summary>Outside development, a legal notice without its host breaks the law: say so at start-up.</summary>
    public static void WarnWhenUnset(WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && From(app.Configuration) is null)
        {
            app.Logger.LogWarning(
                "{Setting} is not set: the legal notice does not name the site's host, as the law asks. "
                    + "Set Legal__Host__Name, Legal__Host__Address and Legal__Host__Phone.",
                Section
            );
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
