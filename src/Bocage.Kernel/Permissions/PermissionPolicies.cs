using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Bocage.Kernel.Accounts;

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

internal sealed class PermissionHandler(PermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var accountId = context.User.AccountId();
        if (accountId is null)
        {
            return;
        }
        var commune = context.Resource as string;
        if (await checker.MayAsync(accountId, requirement.Permission, commune))
        {
            context.Succeed(requirement);
        }
    }
}

internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionRequirement.Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[PermissionRequirement.Prefix.Length..]))
            .Build();
    }
}
