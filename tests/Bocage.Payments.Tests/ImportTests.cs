using System.Net;
using Bocage.Kernel.Files;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Imports;
using Bocage.Payments.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

public sealed class ImportTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_csv_import_runs_in_the_background_issues_good_lines_and_reports_bad_ones(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var agent = await BackOfficeTests.AgentAsync(app);
        const string csv =
            ImportSteps.Header
            + "FOU-CANT;Camille Martin;camille@example.fr;Cantine décembre;48,00;2026-12-31\n"
            + "TRE-SALLE;Alix Roy;alix@example.fr;Salle;100;\n"
            + "FOU-EAU;Sam Lee;pas-une-adresse;Eau;-3;\n"
            + "FOU-EAU;Sam Lee;sam@example.fr;Eau;31,10;\n";

        var (response, _) = await ImportSteps.SendAsync(agent, "factures.csv", System.Text.Encoding.UTF8.GetBytes(csv));
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/gestion/factures/import/", path, StringComparison.Ordinal);
        var page = await ImportSteps.UntilOverAsync(agent, path, TimeSpan.FromSeconds(60));

        Assert.Contains("2 facture(s) émise(s) pour 79,10", page);
        Assert.Contains("2 ligne(s) refusée(s)", page);
        Assert.Contains("<th scope=\"row\">3</th><td>Régie inconnue ou que vous ne gérez pas.</td>", page);
        Assert.Contains("Saisissez une adresse électronique valide", page);
        Assert.Equal(
            2,
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.Invoices.CountAsync(i => i.PayerEmail == "camille@example.fr" || i.PayerEmail == "sam@example.fr")
            )
        );
        var report = await agent.Client.GetStringAsync(path + "?handler=Csv");
        Assert.Contains("3;Régie inconnue ou que vous ne gérez pas.\n", report);
        var job = await PaymentSteps.ReadAsync(app.Services, db =>
            db.ImportJobs.SingleAsync(j => j.FileName == "factures.csv")
        );
        using var scope = app.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<FileStore>().FindAsync(job.FileId));
        var actions = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.Where(e => e.Target == $"payments:import:{job.Id}")
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Equal(["payments.invoice.import", "payments.invoice.import.queue"], actions.Order());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fifty_thousand_lines_are_imported_in_the_background_each_line_once(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var agent = await BackOfficeTests.AgentAsync(app);
        var csv = ImportSteps.Lines(50_000, n =>
            n % 100 == 0
                ? $"FOU-EAU;Payeur {n};payeur{n}@example.fr;Eau;zéro;"
                : $"FOU-EAU;Payeur {n};payeur{n}@example.fr;Eau;{n % 90 + 1},25;"
        );

        var (response, first) = await ImportSteps.SendAsync(
            agent,
            "grand.csv",
            System.Text.Encoding.UTF8.GetBytes(csv)
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sur 50000", WebUtility.HtmlDecode(first));
        var page = await ImportSteps.UntilOverAsync(
            agent,
            response.RequestMessage!.RequestUri!.AbsolutePath,
            TimeSpan.FromMinutes(5)
        );

        Assert.Contains("49500 facture(s) émise(s)", page);
        Assert.Contains("500 ligne(s) refusée(s)", page);
        var job = await PaymentSteps.ReadAsync(app.Services, db =>
            db.ImportJobs.SingleAsync(j => j.FileName == "grand.csv")
        );
        Assert.Equal((ImportJobState.Done, 50_000, 49_500, 500), (job.State, job.LinesDone, job.Issued, job.Refused));
        var prefix = $"{job.Id:N}:";
        var imported = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Invoices.Where(i => i.Origin == InvoiceImport.Origin && i.OriginReference!.StartsWith(prefix))
                .GroupBy(_ => 1)
                .Select(g => new { Count = g.Count(), Cents = g.Sum(i => i.AmountCents) })
                .SingleAsync()
        );
        Assert.Equal(49_500, imported.Count);
        Assert.Equal(job.IssuedCents, imported.Cents);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_job_left_by_a_dead_worker_resumes_after_its_last_batch_without_importing_a_line_twice(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var agentId = await ImportSteps.AgentIdAsync(app.Services);
        var job = await ImportSteps.LeftByADeadWorkerAsync(
            app.Services,
            agentId,
            ImportSteps.Lines(1200, n => $"FOU-CANT;Payeur {n};payeur{n}@example.fr;Cantine;1;"),
            1200,
            500
        );

        await app.Services.GetRequiredService<ImportWorker>().RunNextAsync(CancellationToken.None);
        var resumed = await UntilAsync(app, job.Id);

        Assert.Equal((ImportJobState.Done, 1200, 0), (resumed.State, resumed.Issued, resumed.Refused));
        var prefix = $"{job.Id:N}:";
        var references = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Invoices.Where(i => i.Origin == InvoiceImport.Origin && i.OriginReference!.StartsWith(prefix))
                .Select(i => i.OriginReference!)
                .ToListAsync()
        );
        Assert.Equal(1200, references.Count);
        Assert.Equal(1200, references.Distinct().Count());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_job_that_fails_keeps_none_of_its_invoices_and_says_so(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var agentId = await ImportSteps.AgentIdAsync(app.Services);
        var job = await ImportSteps.LeftByADeadWorkerAsync(
            app.Services,
            agentId,
            ImportSteps.Lines(800, n => $"FOU-CANT;Payeur {n};payeur{n}@example.fr;Cantine;1;"),
            800,
            500
        );
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<FileStore>().DeleteAsync(job.FileId);
        }

        await app.Services.GetRequiredService<ImportWorker>().RunNextAsync(CancellationToken.None);
        var failed = await UntilAsync(app, job.Id);
        var agent = await BackOfficeTests.AgentAsync(app);
        var page = WebUtility.HtmlDecode(await agent.Client.GetStringAsync($"/gestion/factures/import/{job.Id}"));

        Assert.Equal((ImportJobState.Failed, "ImportFileMissing"), (failed.State, failed.Error));
        var prefix = $"{job.Id:N}:";
        Assert.Equal(
            0,
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.Invoices.CountAsync(i => i.Origin == InvoiceImport.Origin && i.OriginReference!.StartsWith(prefix))
            )
        );
        Assert.Contains("L'import a échoué : aucune facture de ce fichier n'a été gardée.", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Progress_shows_without_javascript_and_as_an_htmx_fragment_to_its_agent_only(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var agentId = await ImportSteps.AgentIdAsync(app.Services);
        Guid jobId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Bocage.Payments.Data.PaymentsDb>();
            var running = new ImportJob(agentId, Guid.NewGuid(), "en-cours.csv", 2000, DateTime.UtcNow);
            running.Start(DateTime.UtcNow, ImportWorker.StaleAfter);
            running.Advance(500, 500, 5000, 0, DateTime.UtcNow);
            var other = new ImportJob("un-autre-agent", Guid.NewGuid(), "autre.csv", 10, DateTime.UtcNow);
            other.Start(DateTime.UtcNow, ImportWorker.StaleAfter);
            db.ImportJobs.AddRange(running, other);
            await db.SaveChangesAsync();
            (jobId, var otherId) = (running.Id, other.Id);
            var agent = await BackOfficeTests.AgentAsync(app);

            var page = WebUtility.HtmlDecode(await agent.OpenAsync($"/gestion/factures/import/{jobId}"));
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/gestion/factures/import/{jobId}");
            request.Headers.Add("HX-Request", "true");
            using var fragment = await agent.Client.SendAsync(request);
            var fragmentText = await fragment.Content.ReadAsStringAsync();
            using var notTheirs = await agent.GetAsync($"/gestion/factures/import/{otherId}");

            Assert.Contains("<progress id=\"import-progression\" max=\"2000\" value=\"500\">25 %</progress>", page);
            Assert.Contains("500 ligne(s) traitée(s) sur 2000", page);
            Assert.Contains($"<a href=\"/gestion/factures/import/{jobId}\">Actualiser l'avancement</a>", page);
            Assert.DoesNotContain("<html", fragmentText);
            Assert.Contains("hx-trigger=\"every 2s\"", fragmentText);
            Assert.Contains("HX-Request", fragment.Headers.Vary);
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
            Assert.Contains("en-cours.csv", WebUtility.HtmlDecode(await agent.OpenAsync("/gestion/factures/import")));
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_that_is_not_text_is_refused_by_the_upload_checks_and_queues_nothing(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var agent = await BackOfficeTests.AgentAsync(app);

        var (_, page) = await ImportSteps.SendAsync(agent, "factures.csv", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]);
        var (_, empty) = await ImportSteps.SendAsync(
            agent,
            "vide.csv",
            System.Text.Encoding.UTF8.GetBytes(ImportSteps.Header)
        );

        Assert.Contains("ne correspond pas à un fichier CSV enregistré en UTF-8", WebUtility.HtmlDecode(page));
        Assert.Contains("aria-describedby=\"Upload-aide Upload-erreur\"", page);
        Assert.Contains("aucune ligne de facture sous la ligne d'en-tête", WebUtility.HtmlDecode(empty));
        Assert.Equal(0, await PaymentSteps.ReadAsync(app.Services, db => db.ImportJobs.CountAsync()));
    }

    private static async Task<ImportJob> UntilAsync(PaymentsFactory app, Guid jobId)
    {
        for (var i = 0; i < 200; i++)
        {
            var job = await PaymentSteps.ReadAsync(app.Services, db =>
                db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId)
            );
            if (job.IsOver)
            {
                return job;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Import job {jobId} never ended.");
    }
}
