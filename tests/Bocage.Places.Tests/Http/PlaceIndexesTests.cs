using System.Data.Common;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// The directory's filters by commune (with or without a kind) and by kind read indexes (EF Core cannot declare an
/// index on a complex property's columns, so the migration adds them by hand): the database's own plan for each
/// filter names its index, on SQLite and on PostgreSQL (sequential scans disabled there: on a demo's few dozen
/// places the planner would rightly scan the table, which it would not do over 20,000).
/// </summary>
public sealed class PlaceIndexesTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_commune_and_kind_filters_are_planned_on_their_indexes(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacesDb>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        if (provider == DatabaseProvider.Postgres)
        {
            await using var noScans = connection.CreateCommand();
            noScans.CommandText = "SET enable_seqscan = off";
            await noScans.ExecuteNonQueryAsync();
        }
        // The engine's tables: a schema of its own on PostgreSQL, a prefix on SQLite.
        var table = provider == DatabaseProvider.Sqlite ? "places_places" : "places.places";
        var byCommune = await PlanAsync(
            connection,
            provider,
            $"SELECT id FROM {table} WHERE details_commune_insee = '59249'"
        );
        var byKind = await PlanAsync(connection, provider, $"SELECT id FROM {table} WHERE details_kind = 'Shop'");

        Assert.Contains("ix_places_commune_kind", byCommune);
        Assert.Contains("ix_places_kind", byKind);
    }

    private static async Task<string> PlanAsync(DbConnection connection, DatabaseProvider provider, string query)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite ? $"EXPLAIN QUERY PLAN {query}" : $"EXPLAIN {query}";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // SQLite's plan has its text in the last column, PostgreSQL's in the only one.
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }
        return string.Join('\n', lines);
    }
}
