using Bocage.Kernel.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Companies;

internal static class CompaniesSetup
{
    public static void AddCompanies(this IServiceCollection services)
    {
        services.AddScoped<CompanyMemberships>();
        services.AddScoped<IPersonalDataSource, CompanyPersonalData>();
    }
}
