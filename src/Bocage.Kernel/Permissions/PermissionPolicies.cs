using Microsoft.AspNetCore.Authorization;

namespace Bocage.Kernel.Permissions;

/// <summary>
/// <c>[Authorize(Policy = "perm:procedures.instruct")]</c> on a page or endpoint: the account must hold
/// that permission somewhere. Pass a commune's INSEE code as the resource to
/// <c>IAuthorizationService.AuthorizeAsync</c> to ask for that commune precisely.
/// </summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement
{
    public const string Prefix = "perm:";

    public static string Policy(string permission) => Prefix + permission;
}
