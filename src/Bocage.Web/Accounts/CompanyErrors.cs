using Bocage.Kernel.Companies;

namespace Bocage.Web.Accounts;

/// <summary>The text of each refusal of a company operation (resource <c>CompanyError…</c>).</summary>
public static class CompanyErrors
{
    public static string KeyOf(CompanyError error) => $"CompanyError{error}";
}
