using Bocage.Kernel.Territory;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>What the settings partial shows: the input and the owners the agent may choose.</summary>
internal sealed record SettingsView(
    SettingsInput Input,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<Organisation> Services,
    bool WithSlug
);
