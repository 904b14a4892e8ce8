using System.Globalization;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>A procedure's settings as the designer types them; dates in Paris time (yyyy-mm-dd).</summary>
internal sealed class SettingsInput
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public string? Theme { get; set; }

    /// <summary>INSEE code, or empty for the intercommunality.</summary>
    public string? Commune { get; set; }

    /// <summary>Kernel organisation id of the owning service, or empty.</summary>
    public string? Service { get; set; }
    public Audience Audience { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }

    public static SettingsInput From(Procedure p) =>
        new()
        {
            Title = p.Title,
            Slug = p.Slug,
            Description = p.Description,
            Theme = p.Theme,
            Commune = p.CommuneInsee,
            Service = p.ServiceId?.ToString(CultureInfo.InvariantCulture),
            Audience = p.Audience,
            Opens = p.OpensAt is { } o ? ParisTime.ToParis(o).ToString("yyyy-MM-dd") : null,
            Closes = p.ClosesAt is { } c ? ParisTime.ToParis(c).ToString("yyyy-MM-dd") : null,
        };

    /// <summary>Checks the settings against the agent's scope and writes them into the procedure when right.</summary>
    public List<DesignError> Check(
        AccessScope scope,
        IReadOnlyList<Commune> communes,
        IReadOnlyList<Organisation> services,
        out Organisation? service
    )
    {
        var errors = new List<DesignError>();
        foreach (
            var (input, text) in new[]
            {
                ("Title", Title),
                ("Slug", Slug),
                ("Description", Description),
                ("Theme", Theme),
            }
        )
        {
            DesignerText.Check(errors, input, text);
        }
        service = int.TryParse(Service, out var serviceId) ? services.FirstOrDefault(o => o.Id == serviceId) : null;
        if (errors.Count > 0)
        {
            return errors;
        }
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 200)
        {
            errors.Add(new("Title", "DesignTitleRequired"));
        }
        if (string.IsNullOrWhiteSpace(Description) || Description.Length > 4000)
        {
            errors.Add(new("Description", "DesignDescriptionRequired"));
        }
        if (string.IsNullOrWhiteSpace(Theme) || Theme.Trim().Length > 60)
        {
            errors.Add(new("Theme", "DesignThemeRequired"));
        }
        if (!string.IsNullOrEmpty(Commune) && communes.All(c => c.Insee != Commune))
        {
            errors.Add(new("Commune", "DesignCommuneUnknown"));
        }
        else if (!string.IsNullOrEmpty(Service) && service is null)
        {
            errors.Add(new("Service", "DesignServiceUnknown"));
        }
        else if (!DesignerService.Allows(scope, Blank(Commune), service))
        {
            errors.Add(new("Commune", "DesignOwnerOutOfScope"));
        }
        if (!Enum.IsDefined(Audience))
        {
            errors.Add(new("Audience", "DesignAudienceUnknown"));
        }
        var opens = ParseDate(Opens, "Opens", errors);
        var closes = ParseDate(Closes, "Closes", errors);
        if (opens is not null && closes is not null && closes <= opens)
        {
            errors.Add(new("Closes", "DesignClosesBeforeOpens"));
        }
        return errors;
    }

    public void Apply(Procedure procedure, Organisation? service)
    {
        procedure.Title = Title!.Trim();
        procedure.Description = Description!.Trim();
        procedure.Theme = Theme!.Trim();
        procedure.CommuneInsee = Blank(Commune);
        procedure.ServiceId = service?.Id;
        procedure.Audience = Audience;
        procedure.OpensAt = ParseDate(Opens, "", []);
        procedure.ClosesAt = ParseDate(Closes, "", []);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A day in Paris, stored as the UTC instant of its midnight.</summary>
    private static DateTime? ParseDate(string? text, string input, List<DesignError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var day) && day.Year is >= 2000 and <= 2100)
        {
            return ParisTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
        }
        errors.Add(new(input, "DesignDateInvalid"));
        return null;
    }
}
