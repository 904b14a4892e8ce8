namespace Bocage.Places.Domain.Import;

/// <summary>What checking a file gave: the upload's French refusal, or the plan and the file kept to confirm.</summary>
/// <param name="FileId">The stored file the confirmation names; null when there is nothing to confirm.</param>
internal sealed record PlaceImportCheck(string? Refusal, PlaceImportPlan? Plan, Guid? FileId, string FileName);
