namespace Bocage.Procedures.Designer;

/// <summary>
/// The owning service of a procedure is stored in <c>Procedure.OrganisationId</c> (a Guid column) while
/// the kernel's organisations have integer ids: the id is kept in the Guid's first four bytes so that
/// no migration of the shared table is needed.
/// </summary>
internal static class ServiceIds
{
    public static Guid ToGuid(int organisationId) => new(organisationId, 0, 0, new byte[8]);

    public static int? FromGuid(Guid? id)
    {
        if (id is not { } value)
        {
            return null;
        }
        var bytes = value.ToByteArray();
        return BitConverter.ToInt32(bytes, 0);
    }
}
