namespace Bocage.Kernel.Modules;

/// <summary>A link in the site menu.</summary>
/// <param name="LabelKey">Resource key of the label.</param>
/// <param name="Path">Public address, e.g. <c>/demarches</c>.</param>
/// <param name="ActionId">
/// Roadmap action the entry serves, e.g. <c>R01</c>, one of those its engine declares; the home page groups entries by
/// that action's pillar, read from the roadmap, so no engine spells a pillar's name.
/// </param>
/// <param name="Permission">Permission needed to see it; null for public entries.</param>
/// <param name="InAccount">
/// A page of the person's own things (their files, their invoices): listed on their account's page, /compte, rather
/// than in the site's menu.
/// </param>
/// <param name="HomeHintKey">
/// Resource key of a line saying what the task covers: the entry is then one of the tasks the home page starts with
/// (« Faire une démarche », « Payer une facture »), rather than an entry of the site's menu.
/// </param>
public sealed record MenuEntry(
    string LabelKey,
    string Path,
    string ActionId,
    string? Permission = null,
    bool InAccount = false,
    string? HomeHintKey = null
);
