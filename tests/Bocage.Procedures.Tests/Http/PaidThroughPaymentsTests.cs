using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// The two engines together, as in the demo: a procedure's payment request becomes an invoice of
/// Fourmies' régie, the applicant pays it by reference through the PayFiP simulator, and the file
/// learns it through the outbox.
/// </summary>
public sealed partial class PaidThroughPaymentsTests
{
    /// <summary>The application with the embedded simulator, whose notifications reach the in-memory server.</summary>
    private sealed class WithSimulator(DatabaseProvider provider) : BocageFactory(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(PayFipNotifications.ThroughTestServer);
        }
    }

    [GeneratedRegex(@"href=""(/factures/payer\?reference=[^""]+)""")]
    private static partial Regex PaymentLink();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_payment_asked_in_a_procedure_is_paid_through_PayFiP_and_the_file_learns_it(DatabaseProvider db)
    {
        using var app = new WithSimulator(db);
        var (applicant, file) = await PaymentTests.SubmittedAsync(app);
        await PaymentTests.AskPaymentAsync(await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr"), file);

        await applicant.OpenAsync($"/demarches/dossier/{file}");
        var link = WebUtility.HtmlDecode(PaymentLink().Match(applicant.LastPage).Groups[1].Value);
        Assert.NotEmpty(link);
        await applicant.OpenAsync(link);
        var reference = Uri.UnescapeDataString(link[(link.IndexOf('=') + 1)..]);
        using var toPayFip = await applicant.SubmitAsync(
            link,
            new Dictionary<string, string>
            {
                ["Input.Reference"] = reference,
                ["Input.Amount"] = "15,00",
                ["Input.Email"] = "paie@exemple.fr",
            },
            link
        );
        var simulatorPage = toPayFip.RequestMessage!.RequestUri!;
        Assert.Contains("/simulateur-payfip/", simulatorPage.AbsolutePath);
        var idOp = System.Web.HttpUtility.ParseQueryString(simulatorPage.Query)["idop"]!;
        using var back = await applicant.Client.PostAsync(
            "/simulateur-payfip/tpa/paiementws.web",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["idop"] = idOp,
                    ["resultat"] = "P",
                    ["notification"] = "Duplicate",
                }
            )
        );
        Assert.Equal("/factures/retour", back.RequestMessage!.RequestUri!.AbsolutePath);

        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        var stored = await FileAsync(app, file);
        for (var round = 0; round < 20 && !stored.PaymentSettled; round++)
        {
            await dispatcher.DrainOnceAsync(CancellationToken.None);
            stored = await FileAsync(app, file);
        }
        Assert.True(stored.PaymentSettled);
        Assert.Single(stored.Events, e => e.Detail == "Paiement reçu");
        Assert.StartsWith("FOU-CANT", reference, StringComparison.Ordinal);
    }
}
