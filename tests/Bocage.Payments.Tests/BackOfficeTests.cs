using System.Net;
using Bocage.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

public sealed partial class BackOfficeTests
{
    private const string Agent = "agent.fourmies@demo.sud-avesnois.fr";

    internal static async Task<Browser> AgentAsync(BocageFactory app, string email = Agent)
    {
        var browser = app.Browser();
        await browser.SignInAsStaffAsync(email, PaymentSteps.Password);
        return browser;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_finance_agent_of_Fourmies_sees_only_Fourmies_regies(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var agent = await AgentAsync(app);

        var page = await agent.OpenAsync("/gestion/factures");
        Assert.Contains("FOU-CANT", page);
        Assert.DoesNotContain("TRE-SALLE", page);
        var trelon = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Regies.SingleAsync(r => r.Code == "TRE-SALLE")
        );
        using var other = await agent.GetAsync($"/gestion/factures/regie/{trelon.Id}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var inhabitant = app.Browser();
        await inhabitant.SignInAsync(PaymentSteps.Inhabitant, PaymentSteps.Password);
        using var denied = await inhabitant.GetAsync("/gestion/factures");
        Assert.True(
            denied.StatusCode == HttpStatusCode.Forbidden
                || denied.RequestMessage!.RequestUri!.AbsolutePath != "/gestion/factures"
        );
        Assert.DoesNotContain("FOU-CANT", inhabitant.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_issues_then_cancels_an_invoice_with_a_reason_and_both_are_audited(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var agent = await AgentAsync(app);
        var canteen = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Regies.SingleAsync(r => r.Code == "FOU-CANT")
        );

        await agent.OpenAsync("/gestion/factures/emettre");
        using var refused = await PaymentSteps.PostFormAsync(
            agent,
            "/gestion/factures/emettre",
            Fields(canteen.Id, "12,345")
        );
        Assert.Contains("Chaque ligne a un libellé et un montant positif", await refused.Content.ReadAsStringAsync());

        await agent.OpenAsync("/gestion/factures/emettre");
        using var issued = await PaymentSteps.PostFormAsync(
            agent,
            "/gestion/factures/emettre",
            Fields(canteen.Id, "12,50")
        );
        Assert.Equal("/gestion/factures/facture", issued.RequestMessage!.RequestUri!.AbsolutePath[..25]);
        var invoice = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Invoices.SingleAsync(i => i.PayerEmail == "camille@example.fr")
        );
        Assert.Equal(1250 + 300, invoice.AmountCents);

        await agent.OpenAsync($"/gestion/factures/facture/{invoice.Id}");
        using var noReason = await agent.SubmitAsync(
            $"/gestion/factures/facture/{invoice.Id}?handler=Cancel",
            new Dictionary<string, string> { ["Reason"] = "" }
        );
        Assert.Contains("Indiquez le motif", agent.LastPage);
        using var cancelled = await agent.SubmitAsync(
            $"/gestion/factures/facture/{invoice.Id}?handler=Cancel",
            new Dictionary<string, string> { ["Reason"] = "Absent ce mois-ci" }
        );

        Assert.Equal(
            InvoiceStatus.Cancelled,
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.Invoices.Where(i => i.Id == invoice.Id).Select(i => i.Status).SingleAsync()
            )
        );
        using var scope = app.Services.CreateScope();
        var actions = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.Where(e => e.Action.StartsWith("payments."))
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Contains("payments.invoice.issue", actions);
        Assert.Contains("payments.invoice.cancel", actions);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_daily_report_adds_up_to_the_cent_and_flags_a_double_payment(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider).With("Payments:PayFiP:PendingBlocksFor", "00:00:00");
        var client = app.CreateClient();
        var a = await PaymentSteps.IssueAsync(app, "FOU-EAU", 1001);
        var b = await PaymentSteps.IssueAsync(app, "FOU-EAU", 2002, 3);
        var first = await PaymentSteps.StartAsync(app, a.Id, b.Id);
        var twice = await PaymentSteps.StartAsync(app, a.Id);
        foreach (var idOp in new[] { first, twice })
        {
            PaymentSteps.Decide(app, idOp, "P");
            await PaymentSteps.NotifyAsync(client, idOp);
        }
        var agent = await AgentAsync(app);
        var water = await PaymentSteps.ReadAsync(app.Services, db => db.Regies.SingleAsync(r => r.Code == "FOU-EAU"));

        var page = await agent.OpenAsync($"/gestion/factures/rapprochement?regie={water.Id}");
        var csv = await agent.Client.GetStringAsync($"/gestion/factures/rapprochement?handler=Csv&regie={water.Id}");
        // A day with no next day, or text, is refused at the field and today's report shown, not a 500.
        using var lastDay = await agent.Client.GetAsync(
            $"/gestion/factures/rapprochement?regie={water.Id}&jour=9999-12-31"
        );

        Assert.Contains("À rembourser (double paiement)", page);
        Assert.Contains("40,07", page);
        Assert.Contains("10,01", page);
        Assert.Contains("TOTAL;;;40.07;;10.01", csv);
        Assert.Equal(System.Net.HttpStatusCode.OK, lastDay.StatusCode);
        var lastDayPage = System.Net.WebUtility.HtmlDecode(await lastDay.Content.ReadAsStringAsync());
        Assert.Contains("40,07", lastDayPage);
        Assert.Contains("id=\"jour-erreur\" class=\"field__error\">Saisissez une date valable", lastDayPage);
        Assert.Contains("aria-describedby=\"jour-erreur\"", lastDayPage);
        var text = System.Net.WebUtility.HtmlDecode(
            await agent.OpenAsync($"/gestion/factures/rapprochement?regie={water.Id}&jour=demain")
        );
        Assert.Contains("Saisissez une date valable", text);
        Assert.DoesNotContain("Saisissez une date valable", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invoice_PayFiP_could_not_take_is_refused_at_its_lines_with_what_was_typed(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var agent = await AgentAsync(app);
        var canteen = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Regies.SingleAsync(r => r.Code == "FOU-CANT")
        );

        foreach (var (first, second) in new[] { ("0,50", ""), ("60 000", "40 000,01") })
        {
            await agent.OpenAsync("/gestion/factures/emettre");
            var fields = Fields(canteen.Id, first);
            fields[^1] = new("Input.LineAmounts", second);
            if (second == "")
            {
                fields[^2] = new("Input.LineLabels", "");
            }
            using var refused = await PaymentSteps.PostFormAsync(agent, "/gestion/factures/emettre", fields);

            var page = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("doit être compris entre 1,00 € et 100 000,00 €", page);
            Assert.Contains($"value=\"{first}\"", page);
        }
        Assert.False(
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.Invoices.AnyAsync(i => i.PayerEmail == "camille@example.fr")
            )
        );
    }

    private static List<KeyValuePair<string, string>> Fields(Guid regie, string amount) =>
        [
            new("Input.Regie", regie.ToString()),
            new("Input.PayerName", "Camille Martin"),
            new("Input.PayerEmail", "camille@example.fr"),
            new("Input.Label", "Cantine décembre"),
            new("Input.DueDate", ""),
            new("Input.LineLabels", "Repas"),
            new("Input.LineAmounts", amount),
            new("Input.LineLabels", "Garderie"),
            new("Input.LineAmounts", "3"),
        ];
}
