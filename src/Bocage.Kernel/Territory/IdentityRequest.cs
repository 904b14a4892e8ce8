namespace Bocage.Kernel.Territory;

/// <summary>What an agent asks of a commune's or the intercommunality's look.</summary>
/// <param name="Colour">The colour as typed; empty for the platform's own.</param>
/// <param name="Emblem">A new emblem's content, or null to keep the current one.</param>
/// <param name="EmblemName">The new emblem's file name as sent.</param>
/// <param name="RemoveEmblem">Whether to take the current emblem away.</param>
public sealed record IdentityRequest(string? Colour, Stream? Emblem, string? EmblemName, bool RemoveEmblem);
