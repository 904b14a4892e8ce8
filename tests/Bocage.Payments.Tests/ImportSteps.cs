using System.Net;
using System.Net.Http.Headers;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Files;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

/// <summary>Sending an import file as the page's form does, and waiting for its job.</summary>
internal static class ImportSteps
{
    public const string Header = "regie;nom;email;libelle;montant;echeance\n";

    public static async Task<(HttpResponseMessage Response, string Page)> SendAsync(
        Browser agent,
        string fileName,
        byte[] content
    )
    {
        await agent.OpenAsync("/gestion/factures/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", fileName);
        form.Add(new StringContent(PaymentSteps.TokenOf(agent.LastPage)), "__RequestVerificationToken");
        var response = await agent.Client.PostAsync("/gestion/factures/import", form);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Refreshes the job's page, as the agent does with its link, until the job is over.</summary>
    public static async Task<string> UntilOverAsync(Browser agent, string path, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var page = await agent.Client.GetStringAsync(path);
            if (!page.Contains("hx-trigger=\"every 2s\"", StringComparison.Ordinal))
            {
                return WebUtility.HtmlDecode(page);
            }
            Assert.True(DateTime.UtcNow < until, $"The import job at {path} was not over after {limit}.");
            await Task.Delay(300);
        }
    }

    public static async Task<string> AgentIdAsync(
        IServiceProvider services,
        string email = "agent.fourmies@demo.sud-avesnois.fr"
    )
    {
        using var scope = services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>
    /// A job that a dead worker left after committing its first batch of <paramref name="done"/> lines.
    /// </summary>
    public static async Task<ImportJob> LeftByADeadWorkerAsync(
        IServiceProvider services,
        string agentId,
        string csv,
        int lines,
        int done
    )
    {
        using var scope = services.CreateScope();
        var upload = await scope
            .ServiceProvider.GetRequiredService<UploadService>()
            .AcceptAsync(
                new UploadRequest(
                    new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)),
                    "repris.csv",
                    "text/csv",
                    [FileKind.Csv],
                    "Payments",
                    agentId
                )
            );
        var file = Assert.IsType<UploadResult.Accepted>(upload).File;
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDb>();
        var regie = db.Regies.Single(r => r.Code == "FOU-CANT");
        var then = DateTime.UtcNow.AddMinutes(-10);
        var job = new ImportJob(agentId, file.Id, file.OriginalName, lines, then);
        job.Start(then, TimeSpan.FromMinutes(2));
        job.Advance(done, done, done * 100L, 0, then);
        db.ImportJobs.Add(job);
        for (var line = 2; line <= done + 1; line++)
        {
            var invoice = new Invoice(
                $"REPRIS-{line}-{Guid.NewGuid():N}"[..30],
                regie.Id,
                new InvoicePayerData(null, "repris@example.fr", "Repris"),
                "Repris",
                [new InvoiceLine("Repris", 100)],
                then.AddDays(30),
                then
            );
            invoice.MarkOrigin(Bocage.Payments.Domain.Imports.InvoiceImport.Origin, $"{job.Id:N}:{line}");
            db.Invoices.Add(invoice);
        }
        await db.SaveChangesAsync();
        return job;
    }

    public static string Lines(int count, Func<int, string> line) =>
        Header + string.Concat(Enumerable.Range(2, count).Select(n => line(n) + "\n"));
}
