using Bocage.Kernel.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_untouched_log_verifies_and_an_edited_one_does_not(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");
        using var scope = app.Services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        await log.AppendAsync("agent:1", "kernel.organisation.create", "organisation:mairie-anor", "59012");
        var second = await log.AppendAsync(
            "agent:2",
            "kernel.organisation.update",
            "organisation:mairie-anor",
            "59012",
            "nom"
        );
        await log.AppendAsync("agent:1", "kernel.agent.invite", "agent:3", onBehalfOf: null);

        Assert.Null(await log.VerifyAsync());

        await db
            .AuditEntries.Where(e => e.Id == second.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "agent:9"));

        Assert.Equal(second.Id, await log.VerifyAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_deleted_entry_breaks_the_chain(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");
        using var scope = app.Services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        await log.AppendAsync("agent:1", "a", "t");
        var middle = await log.AppendAsync("agent:1", "b", "t");
        var last = await log.AppendAsync("agent:1", "c", "t");

        await db.AuditEntries.Where(e => e.Id == middle.Id).ExecuteDeleteAsync();

        Assert.Equal(last.Id, await log.VerifyAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Concurrent_appends_keep_one_unbroken_chain(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");

        await Task.WhenAll(
            Enumerable
                .Range(0, 20)
                .Select(async i =>
                {
                    using var scope = app.Services.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync($"agent:{i}", "x", "t");
                })
        );

        using var check = app.Services.CreateScope();
        Assert.Equal(20, await check.ServiceProvider.GetRequiredService<KernelDb>().AuditEntries.CountAsync());
        Assert.Null(await check.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync());
    }
}
