using Microsoft.AspNetCore.Identity;

namespace Bocage.Web.Accounts;

internal static class AccountPagesSetup
{
    public static void AddAccountPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AccountLinks>();
        services.AddScoped<CompanyLetter>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<IAccountMailer, OutboxAccountMailer>();
        services.AddScoped<ExternalSignIns>();
        services.AddScoped<AccountPasskeys>();
        services.AddScoped<PasswordSignInCheck>();
        // The relying party is this site: without Passkeys:ServerDomain, the host of the request (so that
        // loopback tests work); in production, set the public host name so that every node agrees.
        services.Configure<IdentityPasskeyOptions>(o =>
            o.ServerDomain = string.IsNullOrWhiteSpace(configuration["Passkeys:ServerDomain"])
                ? null
                : configuration["Passkeys:ServerDomain"]
        );
        services.AddIdentityProviders(configuration);
    }
}
