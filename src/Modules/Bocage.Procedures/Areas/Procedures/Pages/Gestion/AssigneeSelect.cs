using Bocage.Kernel.Permissions;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>
/// What <c>_AssigneeSelect</c> draws: its id (also the key of its error), the agents, the current one and the empty
/// choice's label.
/// </summary>
internal sealed record AssigneeSelect(
    string Id,
    IReadOnlyList<PermissionHolder> Candidates,
    string Me,
    string? Selected,
    string EmptyLabel
);
