namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>What a new dataset says of itself, from the producer's form.</summary>
internal sealed record DatasetDraft(
    string Title,
    string Description,
    string Theme,
    string OrganisationSlug,
    string OrganisationName,
    string? CommuneInsee,
    string Frequency,
    string Licence
);
