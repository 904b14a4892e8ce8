namespace Bocage.Procedures;

/// <summary>Anchor type of the engine's texts (Resources/ProceduresResource.*.resx).</summary>
internal sealed class ProceduresResource;
