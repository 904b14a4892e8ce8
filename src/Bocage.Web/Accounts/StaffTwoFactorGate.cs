using Bocage.Kernel.Accounts;

namespace Bocage.Web.Accounts;

/// <summary>
/// An agent, elected official, partner or administrator without a second factor can do nothing but
/// enrol one (or sign out): every other page sends them to the enrolment page.
/// </summary>
internal sealed class StaffTwoFactorGate(RequestDelegate next)
{
    public const string EnrolmentPath = "/compte/double-authentification";

    private static readonly string[] Allowed = [EnrolmentPath, "/deconnexion", "/erreur", "/health", "/langue"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.IsStaff() && !user.HasSecondFactor()
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p))
            && !Path.HasExtension(context.Request.Path.Value))
        {
            context.Response.Redirect(EnrolmentPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
