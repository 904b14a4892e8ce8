using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests;

public sealed class EngineRegistrationTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_engine_migrates_into_its_own_schema(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
    }
}
