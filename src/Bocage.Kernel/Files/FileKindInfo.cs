namespace Bocage.Kernel.Files;

/// <summary>
/// What the platform knows of a kind: its name for people, its extensions and the type it is served with.
/// </summary>
/// <param name="FrenchLabel">The kind with its article, as it reads in « ne correspond pas à un PDF ».</param>
public sealed record FileKindInfo(
    FileKind Kind,
    string Name,
    string ContentType,
    string FrenchLabel,
    IReadOnlyList<string> Extensions
);
