using System.Net;
using System.Text.RegularExpressions;
using Bocage.PayfipSimulator;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.Settlement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

/// <summary>Steps shared by the payment tests: issue, start, let the simulated PayFiP decide, notify.</summary>
internal static partial class PaymentSteps
{
    public const string Inhabitant = "habitant@demo.sud-avesnois.fr";
    public const string Password = "Bocage-demo-2026";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static string TokenOf(string page) => WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);

    public static async Task<Invoice> IssueAsync<T>(
        WebApplicationFactory<T> app,
        string regieCode,
        params long[] amounts
    )
        where T : class
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDb>();
        var regie = await db.Regies.SingleAsync(r => r.Code == regieCode);
        var issuer = scope.ServiceProvider.GetRequiredService<InvoiceIssuer>();
        return await issuer.IssueAsync(
            regie,
            new InvoicePayerData(null, "payeur@example.fr", "Payeur"),
            "Essai",
            amounts.Select((a, i) => new InvoiceLine($"Ligne {i}", a)).ToList(),
            null,
            null,
            CancellationToken.None
        );
    }

    /// <summary>Starts an attempt as a payer would; returns PayFiP's idOp.</summary>
    public static async Task<string> StartAsync<T>(WebApplicationFactory<T> app, params Guid[] invoiceIds)
        where T : class
    {
        using var scope = app.Services.CreateScope();
        var started = await scope
            .ServiceProvider.GetRequiredService<PaymentStarter>()
            .StartAsync(invoiceIds, null, "payeur@example.fr", "http://localhost", CancellationToken.None);
        Assert.NotNull(started.RedirectUrl);
        return Uri.UnescapeDataString(
            started.RedirectUrl![(started.RedirectUrl.IndexOf("idop=", StringComparison.Ordinal) + 5)..]
        );
    }

    /// <summary>The payer's choice at PayFiP, without any notification.</summary>
    public static void Decide<T>(WebApplicationFactory<T> app, string idOp, string resultrans)
        where T : class
    {
        var state = app.Services.GetRequiredService<SimulatorState>();
        Assert.True(state.Complete(state.Find(idOp)!, resultrans));
    }

    public static async Task<HttpStatusCode> NotifyAsync(HttpClient client, string idOp)
    {
        using var response = await client.PostAsync(
            "/api/paiements/payfip/notification",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["idop"] = idOp })
        );
        return response.StatusCode;
    }

    public static async Task<T> ReadAsync<T>(IServiceProvider services, Func<PaymentsDb, Task<T>> query)
    {
        using var scope = services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PaymentsDb>());
    }

    /// <summary>
    /// How many duplicate notifications of <paramref name="idOp"/> the security log holds once it holds
    /// at least <paramref name="expected"/> (they are written in batches, within a second or two), or after 15 s.
    /// </summary>
    public static async Task<int> DuplicatesLoggedAsync(IServiceProvider services, string idOp, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var logged = await ReadAsync(services, db =>
                db.Notifications.Where(n => n.IdOp == idOp && n.Outcome == "notification:duplicate")
                    .SumAsync(n => n.Count)
            );
            if (logged >= expected || DateTime.UtcNow > deadline)
            {
                return logged;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Posts a form of the last page with repeated fields (several checkboxes) and its anti-forgery token.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        Browser browser,
        string action,
        IEnumerable<KeyValuePair<string, string>> fields
    )
    {
        var token = TokenOf(browser.LastPage);
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await browser.Client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    /// <summary>Chooses the outcome on the simulator's payer page, as the tester does in a browser.</summary>
    public static async Task<(HttpResponseMessage Response, string Page)> ChooseAtPayFipAsync(
        Browser browser,
        string idOp,
        string resultrans,
        string notification
    )
    {
        var response = await browser.Client.PostAsync(
            "/simulateur-payfip/tpa/paiementws.web",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["idop"] = idOp,
                    ["resultat"] = resultrans,
                    ["notification"] = notification,
                }
            )
        );
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static string IdOpOf(Uri? simulatorPage) =>
        System.Web.HttpUtility.ParseQueryString(simulatorPage!.Query)["idop"]!;
}
