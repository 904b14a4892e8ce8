using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bocage.Payments.Data;

/// <summary>
/// Money must survive a power cut: on SQLite, the payments context's connections commit with
/// <c>synchronous=FULL</c> (the kernel's default NORMAL can lose the last commits on power loss, though
/// not on a killed process). The pragma is per connection; this runs after the kernel's.
/// </summary>
internal sealed class DurableSqlite : DbConnectionInterceptor
{
    public static readonly DurableSqlite Instance = new();

    private const string Pragma = "PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsSqlite(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        if (IsSqlite(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsSqlite(DbConnection connection) => connection.GetType().Name == "SqliteConnection";
}
