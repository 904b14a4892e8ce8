using System.Text.RegularExpressions;
using Bocage.Kernel.Contracts;
using Bocage.Payments.Contracts;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

public sealed class PaymentTests
{
    private sealed class FakeInvoicing : IInvoicing
    {
        public List<InvoiceRequest> Requests { get; } = [];

        public Task<InvoiceHandle> RequestAsync(InvoiceRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new InvoiceHandle(Guid.NewGuid(), "F-2026-1", "/paiements/factures/essai"));
        }

        public Task<InvoiceState?> StateAsync(Guid invoiceId, CancellationToken cancellationToken) =>
            Task.FromResult<InvoiceState?>(InvoiceState.Unpaid);
    }

    private sealed class WithPayments(DatabaseProvider provider, IInvoicing invoicing) : BocageFactory(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton(invoicing));
        }
    }

    /// <summary>A procedure of Fourmies whose "demander-paiement" transition asks for 15 €.</summary>
    internal static async Task<string> PaidProcedureAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var procedure = Procedure.Create("location-materiel", "Location de matériel", DateTime.UtcNow);
        procedure.CommuneInsee = "59249";
        var workflow = DefaultWorkflow.Create();
        workflow = workflow with
        {
            Transitions =
            [
                .. workflow.Transitions,
                new("demander-paiement", "Demander le paiement", [DefaultWorkflow.Submitted], DefaultWorkflow.InReview)
                {
                    Actions = [new(WorkflowActionType.RequestPayment) { AmountCents = 1500 }],
                },
            ],
        };
        procedure
            .DraftVersion(DateTime.UtcNow)
            .TryEdit(
                new FormSchema([
                    new FormPage("Vous", [new FieldDefinition("nom", FieldType.ShortText, "Nom") { Required = true }]),
                ]),
                workflow
            );
        procedure.Publish(DateTime.UtcNow);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        return "/demarches/location-materiel";
    }

    internal static async Task<(Browser Applicant, Guid File)> SubmittedAsync(BocageFactory app)
    {
        var path = await PaidProcedureAsync(app);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "paie@exemple.fr", path);
        await applicant.SubmitAsync(
            $"/demarches/dossier/{file}/etape/0",
            new Dictionary<string, string> { ["r.nom"] = "Léa", ["aller"] = "suivant" }
        );
        await applicant.SubmitAsync($"/demarches/dossier/{file}/recapitulatif", new Dictionary<string, string>());
        return (applicant, file);
    }

    internal static async Task AskPaymentAsync(Browser agent, Guid file)
    {
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);
        var stamp = Regex.Match(agent.LastPage, @"name=""stamp"" value=""([0-9a-f-]{36})""").Groups[1].Value;
        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string> { ["transition"] = "demander-paiement", ["stamp"] = stamp }
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_requested_payment_links_to_the_invoice_and_its_settlement_is_handled_once(DatabaseProvider db)
    {
        var invoicing = new FakeInvoicing();
        using var app = new WithPayments(db, invoicing);
        var (applicant, file) = await SubmittedAsync(app);

        await AskPaymentAsync(await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr"), file);
        await applicant.OpenAsync($"/demarches/dossier/{file}");

        var request = Assert.Single(invoicing.Requests);
        Assert.Equal(1500, request.AmountCents);
        Assert.Contains("href=\"/paiements/factures/essai\"", applicant.LastPage);
        var stored = await FileAsync(app, file);
        var settled = new InvoiceSettled(
            stored.InvoiceId!.Value,
            ProceduresModule.InvoiceOrigin,
            stored.Number!,
            InvoiceOutcome.Paid,
            1500,
            Guid.NewGuid(),
            DateTime.UtcNow
        );
        // Delivered twice to every engine's handler, as the outbox does (each keeps what is its own).
        for (var delivery = 0; delivery < 2; delivery++)
        {
            using var scope = app.Services.CreateScope();
            foreach (var handler in scope.ServiceProvider.GetServices<IDomainEventHandler<InvoiceSettled>>())
            {
                await handler.HandleAsync(settled, default);
            }
        }
        stored = await FileAsync(app, file);
        Assert.True(stored.PaymentSettled);
        Assert.Single(stored.Events, e => e.Detail == "Paiement reçu");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_the_payments_engine_the_agent_is_told_and_the_history_says_so(DatabaseProvider db)
    {
        using var app = new BocageFactory(db).With("Modules:Payments:Enabled", "false");
        var (_, file) = await SubmittedAsync(app);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");

        await agent.OpenAsync($"/gestion/demarches/dossier/{file}");
        Assert.Contains("Le paiement en ligne n'est pas disponible", Decoded(agent));
        await AskPaymentAsync(agent, file);

        var stored = await FileAsync(app, file);
        Assert.Equal(StateKind.InReview, stored.StateKind);
        Assert.Contains(stored.Events, e =>
            e.Kind == FileEventKind.ActionFailed && e.Detail == TransitionEffects.PaymentsUnavailable
        );
    }
}
