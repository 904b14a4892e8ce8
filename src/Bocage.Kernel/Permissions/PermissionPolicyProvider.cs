using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Permissions;

internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options)
    : DefaultAuthorizationPolicyProvider(options)
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
