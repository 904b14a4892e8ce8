using Bocage.Kernel.Data;
using Xunit;

namespace Bocage.Testing;

/// <summary>
/// Every integration case runs on both databases: <c>[Theory, MemberData(nameof(Databases.Both), MemberType =
/// typeof(Databases))]</c>.
/// </summary>
public static class Databases
{
    public static TheoryData<DatabaseProvider> Both => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);
}
