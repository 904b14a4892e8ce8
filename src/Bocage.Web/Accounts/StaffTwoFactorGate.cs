using Bocage.Kernel.Accounts;

namespace Bocage.Web.Accounts;

/// <summary>
/// Marks an endpoint that staff without a second factor may still reach: static files, health probes,
/// the language switch, error pages, sign-out and the enrolment page itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class SecondFactorNotRequiredAttribute : Attribute;

/// <summary>
/// An agent, elected official, partner or administrator without a second factor can do nothing but
/// enrol one (or sign out): every other page sends them to the enrolment page. What may be reached is
/// decided by the endpoint's metadata, never by the shape of the path (a dot in the last segment once
/// let <c>/gestion/agents/x.y</c> through).
/// </summary>
internal sealed class StaffTwoFactorGate(RequestDelegate next)
{
    public const string EnrolmentPath = "/compte/double-authentification";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (
            user.Identity?.IsAuthenticated == true
            && user.IsStaff()
            && !user.HasSecondFactor()
            && context.GetEndpoint()?.Metadata.GetMetadata<SecondFactorNotRequiredAttribute>() is null
        )
        {
            context.Response.Redirect(EnrolmentPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
