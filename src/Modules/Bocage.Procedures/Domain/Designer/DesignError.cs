namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// A mistake of the designer, tied to the input it comes from (<see cref="Input"/> is the property
/// name in the page's form) and told by a text key of the engine's resources, with its arguments.
/// </summary>
internal sealed record DesignError(string Input, string MessageKey, params object[] Arguments);
