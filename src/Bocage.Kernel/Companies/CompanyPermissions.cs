namespace Bocage.Kernel.Companies;

public static class CompanyPermissions
{
    /// <summary>
    /// Checking that a company is who it says, for the whole territory: economic development (and so the
    /// business portal) is the intercommunality's competence, and a company is not tied to one commune.
    /// </summary>
    public const string Verify = "kernel.companies.verify";
}
