using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Bocage.Kernel.Permissions;

internal sealed class PermissionHandler(PermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context,
        PermissionRequirement requirement
    )
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
