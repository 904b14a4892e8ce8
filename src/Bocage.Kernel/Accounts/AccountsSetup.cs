using Bocage.Kernel.Companies;
using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Accounts;

internal static class AccountsSetup
{
    public static void AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddEngineDb<AccountsDb>(AccountsDb.SchemaName);
        services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureCookie));
        services
            .AddIdentityCore<Account>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireDigit = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<AccountsDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider (same name): a replayed code is refused everywhere.
            .AddTokenProvider<ReplayGuardedAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<WeakPasswordValidator>();
        services.AddDataProtection().PersistKeysToDbContext<AccountsDb>().SetApplicationName("Bocage");
        services.AddScoped<SessionRegistry>();
        services.AddScoped<StaffAccess>();
        services.AddScoped<AuthenticatorCodes>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<IPersonalDataSource, AccountPersonalData>();
        services.AddScoped<PersonalDataExport>();
        services.AddCompanies();
        services.AddScoped<PermissionChecker>();
        services.AddScoped<Mandates.MandateRegistry>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "bocage.session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/connexion";
        o.LogoutPath = "/deconnexion";
        o.AccessDeniedPath = "/erreur/403";
        o.ReturnUrlParameter = "retour";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        // A refusal is a 403 with the error page in place, not a redirect that would answer 200.
        o.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        // Machine clients get a 401, people the sign-in page.
        o.Events.OnRedirectToLogin = context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }
            return Task.CompletedTask;
        };
        o.Events.OnValidatePrincipal = async context =>
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionRegistry>();
            if (
                context.Principal is null
                || !await sessions.IsActiveAsync(context.Principal, context.HttpContext.RequestAborted)
            )
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
    }
}
