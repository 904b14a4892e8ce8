using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Seed;

/// <summary>
/// Demo data: the two procedures, the agents' right to instruct, and a few hundred files across states for the inbox.
/// </summary>
internal static class DemoFiles
{
    public const int Count = 300;

    private static readonly (string Email, string Organisation)[] Instructors =
    [
        ("agent.fourmies@demo.sud-avesnois.fr", "mairie-fourmies"),
        ("agent.trelon@demo.sud-avesnois.fr", "mairie-trelon"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ProceduresDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var procedure in DemoProcedures.Create(now))
        {
            if (!await db.Procedures.AnyAsync(p => p.Slug == procedure.Slug, cancellationToken))
            {
                db.Procedures.Add(procedure);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await GrantAsync(services.GetRequiredService<AccountsDb>(), now, cancellationToken);
        if (!await db.Files.AnyAsync(cancellationToken))
        {
            await FilesAsync(db, now, cancellationToken);
        }
    }

    private static async Task GrantAsync(AccountsDb accounts, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var (email, organisation) in Instructors)
        {
            await DemoGrants.EnsureAsync(
                accounts,
                email,
                ProceduresModule.Instruct,
                GrantScope.Organisation(organisation),
                now,
                cancellationToken
            );
        }
    }

    private static async Task FilesAsync(ProceduresDb db, DateTime now, CancellationToken cancellationToken)
    {
        var procedures = await db
            .Procedures.AsNoTracking()
            .Where(p => p.PublishedVersion != null)
            .Include(p => p.Versions)
            .ToListAsync(cancellationToken);
        string[] communes = ["59249", "59601", "59012", "59659", "59261"];
        var random = new Random(2026);
        var year = Bocage.Kernel.Time.ParisTime.ToParis(now).Year;
        var counter = await db.Counters.SingleOrDefaultAsync(c => c.Year == year, cancellationToken)
            ?? db.Counters.Add(new FileCounter(year)).Entity;
        for (var i = 0; i < Count; i++)
        {
            var procedure = procedures[i % procedures.Count];
            var version = procedure.Versions.Single(v => v.Number == procedure.PublishedVersion);
            var workflow = version.Workflow;
            var submitted = now.AddHours(-random.Next(1, 24 * 120));
            var file = ProcedureFile.Start(
                procedure.Id,
                version.Id,
                procedure.CommuneInsee ?? communes[i % communes.Length],
                new Applicant(null, $"demandeur{i}@exemple.fr", TrackingCode: TrackingCodes.New()),
                submitted
            );
            var answers = new AnswerSet([
                new("nom", [$"Demandeur {i}"]),
                new("type", [i % 2 == 0 ? "ordures" : "tri"]),
                new("motif", ["nouveau"]),
            ]);
            counter.Last++;
            file.Submit(FileCounter.Format(year, counter.Last), answers, workflow, "seed", submitted);
            var state = workflow.States[random.Next(1, workflow.States.Count)];
            file.MoveTo(state, submitted.AddHours(random.Next(1, 200)));
            db.Files.Add(file);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
