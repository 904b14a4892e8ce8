using System.Net;
using Bocage.Kernel.Outbox;
using Bocage.Kernel.Tests.Accounts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Outbox;

public sealed class DeadLetterPageTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrator_sees_a_dead_letter_and_replays_it_and_an_agent_may_do_neither(
        DatabaseProvider provider
    )
    {
        var calls = new HandlerCalls();
        using var factory = new BocageFactory(provider)
            .With("Outbox:Enabled", "false")
            .With("Outbox:MaxAttempts", "1")
            .With("Modules:OpenData:Enabled", "false");
        using var app = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton(calls);
                s.AddSingleton(new FailureSwitch { Remaining = 1 });
                s.AddScoped<ScopeMarker>();
                s.AddDomainEventHandler<CommuneRenamed, FlakyHandler>();
            })
        );
        var delivery = await DeadLetterAsync(app.Services);
        var admin = new Browser(app.CreateClient());
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");

        Assert.Contains("href=\"/gestion/evenements\"", await admin.OpenAsync("/gestion"));
        var page = WebUtility.HtmlDecode(await admin.OpenAsync("/gestion/evenements"));
        Assert.Contains("tests.commune-renamed.v1", page);
        Assert.Contains(typeof(FlakyHandler).FullName!, page);
        Assert.Contains("peer unavailable", page);
        Assert.Matches($"name=\"delivery\" value=\"{delivery}\"", page);

        var agent = new Browser(app.CreateClient());
        await StaffTests.EnrolAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        using (var refused = await agent.GetAsync("/gestion/evenements"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        await agent.OpenAsync("/gestion");
        using (var refused = await agent.SubmitAsync("/gestion/evenements?handler=Replay", Replay(delivery)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        Assert.Single(await ListAsync(app.Services));

        await admin.SubmitAsync("/gestion/evenements?handler=Replay", Replay(delivery), "/gestion/evenements");
        Assert.Contains("L'événement est relancé", WebUtility.HtmlDecode(admin.LastPage));
        Assert.Equal(
            1,
            await app.Services.GetRequiredService<OutboxDispatcher>().DrainOnceAsync(CancellationToken.None)
        );

        Assert.Equal(2, calls.Of(nameof(FlakyHandler), "Féron"));
        Assert.Empty(await ListAsync(app.Services));
        Assert.Contains(
            "Aucun événement en échec",
            WebUtility.HtmlDecode(await admin.OpenAsync("/gestion/evenements"))
        );
        using var scope = app.Services.CreateScope();
        var audit = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == "kernel.outbox.replay");
        Assert.Equal($"outbox:kernel:{delivery}", audit.Target);
        Assert.True(
            await scope.ServiceProvider.GetRequiredService<KernelDb>().Outbox.AllAsync(m => m.ProcessedAt != null)
        );
    }

    private static Dictionary<string, string> Replay(long delivery) =>
        new() { ["engine"] = "kernel", ["delivery"] = $"{delivery}" };

    /// <summary>Raises an event whose only handler fails at its one allowed attempt.</summary>
    private static async Task<long> DeadLetterAsync(IServiceProvider services)
    {
        // What the demo seed may have raised is delivered first, so that the counts below are this test's own.
        while (await services.GetRequiredService<OutboxDispatcher>().DrainOnceAsync(CancellationToken.None) > 0) { }
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            db.Raise(new CommuneRenamed("59230", "Féron"), DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        await services.GetRequiredService<OutboxDispatcher>().DrainOnceAsync(CancellationToken.None);
        return Assert.Single(await ListAsync(services)).DeliveryId;
    }

    private static async Task<IReadOnlyList<DeadLetter>> ListAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeadLetters>().ListAsync();
    }
}
