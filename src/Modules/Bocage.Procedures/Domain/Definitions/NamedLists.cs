namespace Bocage.Procedures.Domain.Definitions;

/// <summary>The names of the lists fields choose from, built by <c>FormLists</c>.</summary>
internal static class NamedLists
{
    /// <summary>The communes of the territory (INSEE code → name).</summary>
    public const string Communes = "communes";

    public const string Departements = "departements";

    public const string Regions = "regions";

    public const string Countries = "pays";

    /// <summary>The applicant's other files, by number: only while that applicant fills a file.</summary>
    public const string ApplicantFiles = "dossiers";
}
