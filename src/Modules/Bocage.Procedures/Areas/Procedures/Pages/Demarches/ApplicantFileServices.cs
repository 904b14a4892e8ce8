using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Filing;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// What every applicant's page of one file needs to load it, check who may see it and show its attachments,
/// given as one parameter (as eShop's <c>CatalogServices</c>) so that each page's constructor lists only
/// what its own use case adds.
/// </summary>
internal sealed class ApplicantFileServices(
    ProceduresDb db,
    Applicants applicants,
    FormLists lists,
    Attachments attachments
)
{
    public ProceduresDb Db => db;

    public Applicants Applicants => applicants;

    public FormLists Lists => lists;

    public Attachments Attachments => attachments;
}
