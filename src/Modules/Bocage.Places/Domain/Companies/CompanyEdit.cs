namespace Bocage.Places.Domain.Companies;

/// <summary>
/// What a company may change of its own entry: its texts in three languages, hours, contact, themes and access.
/// Name, kind, address and coordinates stay with the agents (the map and the scopes rely on them). Applied onto the
/// place as it is when an agent approves, so an agent's change made meanwhile to another part is kept.
/// </summary>
internal sealed record CompanyEdit(
    Localized Summary,
    Localized Description,
    string OpeningHours,
    string Themes,
    string Phone,
    string Email,
    string Website,
    bool StepFree,
    string Accessibility
)
{
    /// <summary>Nothing said yet: what a new entry's parts are compared with.</summary>
    public static readonly CompanyEdit Empty = new(Localized.Empty, Localized.Empty, "", "", "", "", "", false, "");

    public static CompanyEdit Of(PlaceDetails d) =>
        new(
            d.Summary,
            d.Description,
            d.OpeningHours,
            d.Themes,
            d.Phone,
            d.Email,
            d.Website,
            d.StepFree,
            d.Accessibility.Fr
        );

    public PlaceDetails ApplyTo(PlaceDetails d) =>
        d with
        {
            Summary = Summary,
            Description = Description,
            OpeningHours = OpeningHours,
            Themes = Themes,
            Phone = Phone,
            Email = Email,
            Website = Website,
            StepFree = StepFree,
            Accessibility = d.Accessibility with { Fr = Accessibility },
        };

    /// <summary>The parts that differ from <paramref name="before"/>: (text key of the part, before, after).</summary>
    public IReadOnlyList<(string Key, string Before, string After)> Changes(CompanyEdit before)
    {
        var rows = new (string Key, string Before, string After)[]
        {
            ("Place_Summary", before.Summary.Fr, Summary.Fr),
            ("Change_SummaryEn", before.Summary.En ?? "", Summary.En ?? ""),
            ("Change_SummaryNl", before.Summary.Nl ?? "", Summary.Nl ?? ""),
            ("Place_Description", before.Description.Fr, Description.Fr),
            ("Change_DescriptionEn", before.Description.En ?? "", Description.En ?? ""),
            ("Change_DescriptionNl", before.Description.Nl ?? "", Description.Nl ?? ""),
            ("Place_Hours", before.OpeningHours, OpeningHours),
            ("Form_Themes", before.Themes, Themes),
            ("Place_Phone", before.Phone, Phone),
            ("Place_Email", before.Email, Email),
            ("Place_Website", before.Website, Website),
            ("Place_StepFree", YesNo(before.StepFree), YesNo(StepFree)),
            ("Place_Accessibility", before.Accessibility, Accessibility),
        };
        return rows.Where(r => r.Before != r.After).ToList();
    }

    // Kept as words the page translates (« oui » / « non » through Change_Yes / Change_No).
    private static string YesNo(bool value) => value ? "Change_Yes" : "Change_No";
}
