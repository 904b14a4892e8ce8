using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>The outcome of an import: published, or why not (a refusal of the file, or a validation report).</summary>
internal sealed record ImportOutcome(bool Published, string? Refusal, ValidationReport? Report);
