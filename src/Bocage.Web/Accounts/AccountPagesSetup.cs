namespace Bocage.Web.Accounts;

internal static class AccountPagesSetup
{
    public static void AddAccountPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AccountLinks>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<IAccountMailer, OutboxAccountMailer>();
        services.AddScoped<ExternalSignIns>();
        services.AddIdentityProviders(configuration);
    }
}
