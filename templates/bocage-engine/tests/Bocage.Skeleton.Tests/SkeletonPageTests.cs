using System.Net;
using System.Net.Http.Json;
using Bocage.Skeleton.Data;
using Bocage.Skeleton.Domain;
using Bocage.Skeleton.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Skeleton.Tests;

/// <summary>The engine as a visitor and a machine client reach it, on SQLite and on PostgreSQL.</summary>
public sealed class SkeletonPageTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_engine_migrates_into_its_own_schema_with_no_model_change_left(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SkeletonDb>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model changed since the last migration: add one (docs/architecture.md)."
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_visitor_sees_the_seeded_items_on_the_public_page(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var visitor = app.Browser();

        using var response = await visitor.GetAsync("/skeleton");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Skeleton</h1>", visitor.LastPage, StringComparison.Ordinal);
        Assert.All(SkeletonDemo.ItemNames, name => Assert.Contains(name, visitor.LastPage, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Seeding_twice_adds_nothing_and_the_api_lists_the_items(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        await SkeletonDemo.SeedAsync(app.Services, CancellationToken.None);

        var items = await app.CreateClient().GetFromJsonAsync<List<ItemView>>("/api/skeleton");

        Assert.Equal(
            SkeletonDemo.ItemNames.Order(StringComparer.Ordinal),
            items!.Select(i => i.Name).Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void An_item_needs_a_name_that_fits_its_column()
    {
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal("Salle", Item.Create("  Salle ", now).Name);
        Assert.Throws<ArgumentException>(() => Item.Create(" ", now));
        Assert.Throws<ArgumentException>(() => Item.Create(new string('x', Item.NameMaxLength + 1), now));
    }

    private sealed record ItemView(Guid Id, string Name);
}
