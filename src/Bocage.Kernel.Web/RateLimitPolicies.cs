namespace Bocage.Kernel.Web;

/// <summary>
/// Names of the host's rate-limiting policies, so that engines (which do not reference the host) can put
/// their public forms under the same per-address budget as the identity forms.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Posts of anonymous forms (sign-in, sign-up, an inhabitant's coverage report…): a few a minute per
    /// address (<c>RateLimits:IdentityFormsPerMinute</c>); reading is never limited. A refusal is a 429
    /// shown by the French error page.
    /// </summary>
    public const string PublicForms = "identity-forms";
}
